import DataLoader from 'dataloader';
import { fetchRows, type LoaderDefinition } from '../../db/row-loaders';

/**
 * The personal values (contact names, job titles, email addresses, phone numbers; who said a quote
 * and who referred them) that records cite from each document and that this request's caller does
 * not own: what must be masked in that document's passages and text. One query per batch.
 */
export const personalTermsByDocumentLoader: LoaderDefinition<number, string[]> = {
  name: 'PersonalTermsByDocument',
  create: ({ em, caller }) =>
    new DataLoader(async (documentIds) => {
      const rows = await fetchRows<{ documentId: number; partnershipId: number; terms: Array<string | null> }>(
        em,
        em.getKnex().raw(
          `select p.document_id as "documentId", c.partnership_id as "partnershipId", array[c.name, c.job_title, c.email, c.phone] as terms
             from contact_person c join source_passage p on p.id = c.source_id where p.document_id in (${documentIds.map(() => '?').join(', ')})
           union all
           select p.document_id, t.partnership_id, array[t.speaker, t.referred_by]
             from testimonial t join source_passage p on p.id = t.source_id where p.document_id in (${documentIds.map(() => '?').join(', ')})`,
          [...documentIds, ...documentIds],
        ),
      );
      const byDocument = new Map<number, string[]>();
      for (const row of rows) {
        if (caller.owns(row.partnershipId)) continue;
        const terms = byDocument.get(row.documentId) ?? [];
        terms.push(...row.terms.filter((t): t is string => !!t));
        byDocument.set(row.documentId, terms);
      }
      return documentIds.map((id) => byDocument.get(id) ?? []);
    }),
};
