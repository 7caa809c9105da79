import DataLoader from 'dataloader';
import {
  fetchRows,
  rowByIdLoader,
  rowByUniqueLoader,
  rowColumns,
  type LoaderDefinition,
} from '../../db/row-loaders';
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
    create: (scope) =>
      new DataLoader(async (keys) => {
        const { em, policy } = scope;
        const knex = em.getKnex();
        let query = knex
          .select(rowColumns(scope, SourcePassage).map((c) => knex.raw(c)))
          .from({ t: 'source_passage' })
          .join({ d: 'source_document' }, 'd.id', 't.document_id')
          .whereIn(`t.${column}`, keys as number[]);
        const visible = policy.visible(SourceDocument, 'd', 'textSharing');
        if (visible) query = query.whereRaw(visible.sql, visible.bindings as never[]);
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
  create: ({ em, policy }) =>
    new DataLoader(async (ids) => {
      const knex = em.getKnex();
      let query = knex
        .select('t.id', knex.raw(`${policy.read(SourceDocument, 'text', '"t"')} as "text"`))
        .from({ t: 'source_document' })
        .whereIn('t.id', ids as number[]);
      const visible = policy.visible(SourceDocument, 't', 'textSharing');
      if (visible) query = query.whereRaw(visible.sql, visible.bindings as never[]);
      const rows = await fetchRows<{ id: number; text: string }>(em, query);
      const byId = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
};
