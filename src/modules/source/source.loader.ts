import DataLoader from 'dataloader';
import {
  fetchRows,
  rowByIdLoader,
  rowByUniqueLoader,
  rowColumns,
  type LoaderDefinition,
} from '../../db/row-loaders';
import { visibilityCondition } from '../auth/visibility';
import { SourceDocument } from './source-document.entity';
import { SourcePassage } from './source-passage.entity';
import type { SourceDocumentType, SourcePassageType } from './source.type';

export const sourceDocumentByIdLoader = rowByIdLoader<SourceDocumentType>(SourceDocument);
export const sourceDocumentByKeyLoader = rowByUniqueLoader<SourceDocumentType>(SourceDocument, 'key');
/** A record's provenance: shown with the record, whatever the sharing of the document's full text. */
export const sourcePassageByIdLoader = rowByIdLoader<SourcePassageType>(SourcePassage);

/**
 * Passages looked at on their own (a document's passage list, node(id:)): only where the caller
 * may read the document's text.
 */
function readablePassages(name: string, column: 'id' | 'document_id', orderBy?: string): LoaderDefinition<number, SourcePassageType[]> {
  return {
    name,
    create: ({ em, caller }) =>
      new DataLoader(async (keys) => {
        const knex = em.getKnex();
        let query = knex
          .select(rowColumns(em, SourcePassage).map((c) => knex.raw(c)))
          .from({ t: 'source_passage' })
          .join({ d: 'source_document' }, 'd.id', 't.document_id')
          .whereIn(`t.${column}`, keys as number[]);
        const visible = visibilityCondition(em, SourceDocument, caller, 'd', 'textSharing');
        if (visible) query = query.where(visible);
        if (orderBy) query = query.orderBy(orderBy);
        const rows = await fetchRows<SourcePassageType>(em, query);
        return keys.map((k) => rows.filter((r) => (column === 'id' ? r.id : r.documentId) === k));
      }),
  };
}

export const readablePassagesByDocumentLoader = readablePassages('ReadablePassagesByDocument', 'document_id', 't.id');
const readablePassagesById = readablePassages('ReadablePassageById', 'id');
export const readablePassageByIdLoader: LoaderDefinition<number, SourcePassageType | null> = {
  name: 'ReadablePassageByIdSingle',
  create: (scope, loaders) => {
    const many = readablePassagesById.create(scope, loaders);
    return new DataLoader(async (ids) =>
      (await many.loadMany(ids)).map((r) => {
        if (r instanceof Error) throw r;
        return r[0] ?? null;
      }),
    );
  },
};

/** Full texts are large and lazy on the entity: loaded only when asked for, and only where shared. */
export const sourceTextByDocumentIdLoader: LoaderDefinition<number, string | null> = {
  name: 'SourceTextByDocumentId',
  create: ({ em, caller }) =>
    new DataLoader(async (ids) => {
      let query = em.getKnex().select('t.id', 't.text').from({ t: 'source_document' }).whereIn('t.id', ids as number[]);
      const visible = visibilityCondition(em, SourceDocument, caller, 't', 'textSharing');
      if (visible) query = query.where(visible);
      const rows = await fetchRows<{ id: number; text: string }>(em, query);
      const byId = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
};
