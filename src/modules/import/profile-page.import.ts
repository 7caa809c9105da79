import type { EntityManager } from '@mikro-orm/postgresql';
import { Caller } from '../../access/caller';
import { readIndicatorCatalogue } from '../indicator/indicator.service';
import { Partnership } from '../partnership/partnership.entity';
import { SourceDocument } from '../source/source-document.entity';
import { defaultDataDir } from './data-files';
import { ImportService, type ImportResult } from './import.service';
import { ProfilePageError } from './profile-page.parser';
import { readReference, type ProfilePageFile } from './profile-page.files';

/**
 * Imports a parsed profile page as a NEW partnership through the same path as the seed
 * (ImportService.importDataSet: reference data, the partnership file in one transaction, derived
 * data). A page never overwrites what is there: its editors complete the new partnership by edits,
 * and re-importing the page would undo those.
 */
export async function importProfilePage(
  em: EntityManager,
  page: ProfilePageFile,
  options: { dataDir?: string; actor?: Caller } = {},
): Promise<ImportResult> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const { slug } = page.file.partnership;
  if (await em.count(Partnership, { slug })) {
    throw new ProfilePageError(`partnership "${slug}" is already in the hub: a profile page imports a new partnership (choose another --slug, or edit the existing one)`);
  }
  const keys = page.file.documents.map((d) => d.key);
  const taken = await em.find(SourceDocument, { key: { $in: keys } });
  if (taken.length) {
    throw new ProfilePageError(`source document "${taken[0].key}" is already in the hub: rename the page file to import it as another document`);
  }
  const [result] = await new ImportService(em, options.actor ?? Caller.system('profile-page import')).importDataSet({
    reference: readReference(dataDir),
    indicators: readIndicatorCatalogue(dataDir),
    partnerships: [{ name: page.fileName, file: page.file, raw: JSON.stringify(page.parse.document) }],
    documentTexts: new Map([[page.fileName, page.text]]),
  });
  return result;
}
