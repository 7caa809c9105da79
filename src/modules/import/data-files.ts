import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths';
import type { ConceptScheme } from '../taxonomy/concept.enum';
import type { IndicatorCatalogueFile } from '../indicator/indicator-catalogue.schema';
import { readIndicatorCatalogue } from '../indicator/indicator.service';
import { PartnershipFile, ReferenceFile } from './interchange.schema';
import { parsePartnershipFile, parseReferenceFile } from './interchange.validate';

/** data/ in the project root. */
export function defaultDataDir(): string {
  return join(projectRoot(), 'data');
}

export interface DataSet {
  reference: ReferenceFile;
  /** The indicator catalogue and its mappings (data/indicators/catalogue.json). */
  indicators: IndicatorCatalogueFile;
  partnerships: Array<{ name: string; file: PartnershipFile; raw: string }>;
  /** Full texts of the source documents, by file name. */
  documentTexts: Map<string, string>;
}

function readJson(path: string): { raw: string; json: unknown } {
  const raw = readFileSync(path, 'utf8');
  try {
    return { raw, json: JSON.parse(raw) };
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/** code -> scheme of the reference data's concepts, for validating the partnership files' references. */
export function conceptSchemes(reference: ReferenceFile): Map<string, ConceptScheme> {
  return new Map(reference.concepts.map((c) => [c.code, c.scheme]));
}

/** Reads and validates the whole seed data set: reference data, source texts, partnership files. */
export function readDataSet(dataDir = defaultDataDir(), only?: (fileName: string) => boolean): DataSet {
  const referenceDir = join(dataDir, 'reference');
  const merged: ReferenceFile = { formatVersion: 1, places: [], concepts: [] };
  for (const name of readdirSync(referenceDir).filter((f) => f.endsWith('.json')).sort()) {
    const ref = parseReferenceFile(name, readJson(join(referenceDir, name)).json);
    merged.places.push(...ref.places);
    merged.concepts.push(...ref.concepts);
  }
  const reference = parseReferenceFile('reference', merged);
  const sourcesDir = join(dataDir, 'sources');
  const documentTexts = new Map<string, string>();
  for (const name of readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'))) {
    documentTexts.set(name, readFileSync(join(sourcesDir, name), 'utf8'));
  }
  const partnershipDir = join(dataDir, 'partnerships');
  const names = readdirSync(partnershipDir)
    .filter((f) => f.endsWith('.json') && (!only || only(f)))
    .sort();
  const raws = names.map((name) => ({ name, ...readJson(join(partnershipDir, name)) }));
  const slugs = new Set(
    raws.map((r) => (r.json as { partnership?: { slug?: string } })?.partnership?.slug).filter((s): s is string => !!s),
  );
  const placeKeys = new Set(reference.places.map((p) => p.key));
  const concepts = conceptSchemes(reference);
  const partnerships = raws.map(({ name, raw, json }) => ({
    name,
    raw,
    file: parsePartnershipFile(name, json, {
      readDocumentText: (fileName) => documentTexts.get(fileName),
      placeKeys,
      partnershipSlugs: slugs,
      concepts,
    }),
  }));
  return { reference, partnerships, documentTexts, indicators: readIndicatorCatalogue(dataDir) };
}
