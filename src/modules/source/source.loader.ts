import DataLoader from 'dataloader';
import { childRowsLoader, fetchRows, rowByIdLoader, rowByUniqueLoader, type LoaderDefinition } from '../../db/row-loaders';
import { SourceDocument } from './source-document.entity';
import { SourcePassage } from './source-passage.entity';
import type { SourceDocumentType, SourcePassageType } from './source.type';

export const sourceDocumentByIdLoader = rowByIdLoader<SourceDocumentType>(SourceDocument);
export const sourceDocumentByKeyLoader = rowByUniqueLoader<SourceDocumentType>(SourceDocument, 'key');
export const sourcePassageByIdLoader = rowByIdLoader<SourcePassageType>(SourcePassage);
export const sourcePassagesByDocumentLoader = childRowsLoader<SourcePassageType>(SourcePassage, 'document', { orderBy: ['id'] });

/** Full texts are large and lazy on the entity: loaded only for clients that ask for them. */
export const sourceTextByDocumentIdLoader: LoaderDefinition<number, string | null> = {
  name: 'SourceTextByDocumentId',
  create: (em) =>
    new DataLoader(async (ids) => {
      const rows = await fetchRows<{ id: number; text: string }>(
        em,
        em.getKnex().select('id', 'text').from('source_document').whereIn('id', ids as number[]),
      );
      const byId = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
};
