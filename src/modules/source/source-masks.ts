import DataLoader from 'dataloader';
import { fetchRows, type LoaderDefinition, type ReadScope } from '../../db/row-loaders';
import { maskPersonalData, replaceLoosely } from '../auth/personal-data';
import { DEFAULT_SMALL_COUNT_THRESHOLD, disclosureFamilySql, groupMayWithhold, type DisclosureRow } from '../disclosure/disclosure.loader';
import { DisclosureControl, maskNumbers } from '../disclosure/disclosure.service';

/** What must not be read in a document's passages and text by this caller. */
export interface SourceMasks {
  /** Personal values of records the caller does not own (contact names, who said a quote ...). */
  personal: string[];
  /** Quotes of figures withheld from the caller: wherever a passage repeats one, its numbers are masked. */
  withheld: string[];
}

const NONE: SourceMasks = { personal: [], withheld: [] };

/**
 * Masks per document, for one caller: a passage is shared by every record that cites it and the
 * full text holds them all, so what a caller may not read is masked at the text itself, wherever
 * it is reached from (a record's source, a search hit, a document's passages or text, an export).
 */
export async function loadSourceMasks(scope: ReadScope, documentIds: readonly number[]): Promise<Map<number, SourceMasks>> {
  const { em, caller } = scope;
  const masks = new Map<number, SourceMasks>();
  if (documentIds.length === 0 || caller.isAdmin) return masks;
  const list = documentIds.map(() => '?').join(', ');
  const threshold = scope.smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD;
  const risk = groupMayWithhold(em, caller, threshold, 'c.id', (prefix) => prefix)!;
  // One statement: the personal values the documents' records cite, and the figures citing the
  // documents with their whole group (so the decisions are the API's), for the groups where
  // anything could be withheld: most groups have nothing to mask and are not read.
  const rows = await fetchRows<
    | { kind: 'personal'; documentId: number; partnershipId: number; terms: Array<string | null> }
    | (DisclosureRow & { kind: 'figure'; documentId: number; quote: string })
  >(
    em,
    em.getKnex().raw(
      `with recursive cited as (
         select distinct coalesce(o.parent_id, o.id) as id from indicator_observation o
           join source_passage sp on sp.id = o.source_id where sp.document_id in (${list})),
       ${disclosureFamilySql(`select c.id from cited c where ${risk.sql}`)}
       select 'personal' as kind, p.document_id as "documentId", c.partnership_id as "partnershipId",
              array[c.name, c.job_title, c.email, c.phone] as terms,
              null::int as id, null::float8 as value, null::text as unit, null::text as scope, null::int as "parentId",
              null::int as "sumsTo", null::text as sharing, null::text as "countOf", null::text as quote
         from contact_person c join source_passage p on p.id = c.source_id where p.document_id in (${list})
       union all
       select 'personal', p.document_id, t.partnership_id, array[t.speaker, t.referred_by], null, null, null, null, null, null, null, null, null
         from testimonial t join source_passage p on p.id = t.source_id where p.document_id in (${list})
       union all
       select 'figure', sp.document_id, o.partnership_id, null, o.id, o.value, o.unit, o.scope, o.parent_id, o.sums_to_id, o.sharing,
              m.count_of, sp.quote
         from indicator_observation o join source_passage sp on sp.id = o.source_id join metric m on m.id = o.metric_id
        where o.id in (select id from family)`,
      [...documentIds, ...risk.bindings, ...documentIds, ...documentIds] as never[],
    ),
  );
  const personal = rows.filter((r) => r.kind === 'personal');
  const figures = rows.filter((r) => r.kind === 'figure');
  // Sets while collecting: many records cite the same passage and the same person.
  const collected = new Map<number, { personal: Set<string>; withheld: Set<string> }>();
  const entry = (documentId: number) => {
    let m = collected.get(documentId);
    if (!m) collected.set(documentId, (m = { personal: new Set(), withheld: new Set() }));
    return m;
  };
  for (const row of personal) {
    if (caller.owns(row.partnershipId)) continue;
    for (const term of row.terms) if (term) entry(row.documentId).personal.add(term);
  }
  const unseen = figures.filter((f) => !caller.canSee(f.sharing, f.partnershipId)).map((f) => f.id);
  const hidden = new Set(unseen);
  const decisions = new DisclosureControl(threshold).decide(figures, unseen);
  for (const figure of figures) {
    if (caller.owns(figure.partnershipId)) continue;
    if (decisions.has(figure.id) || hidden.has(figure.id)) entry(figure.documentId).withheld.add(figure.quote);
  }
  // Only the documents asked for: a group's figures may cite others, whose masks this did not fully read.
  const asked = new Set(documentIds);
  for (const [documentId, m] of collected) {
    if (asked.has(documentId)) masks.set(documentId, { personal: [...m.personal], withheld: [...m.withheld] });
  }
  return masks;
}

export const sourceMasksByDocumentLoader: LoaderDefinition<number, SourceMasks> = {
  name: 'SourceMasksByDocument',
  create: (scope) =>
    new DataLoader(async (ids) => {
      const masks = await loadSourceMasks(scope, ids);
      return ids.map((id) => masks.get(id) ?? NONE);
    }),
};

/** A passage or a text as the caller may read it. */
export function applyMasks(text: string, masks: SourceMasks): string {
  let masked = text;
  // Longest first: a withheld quote inside another withheld quote is masked as part of it.
  for (const quote of [...masks.withheld].sort((a, b) => b.length - a.length)) {
    if (quote) masked = replaceLoosely(masked, quote, maskNumbers);
  }
  return masks.personal.length ? maskPersonalData(masked, masks.personal) : masked;
}

export const hasMasks = (masks: SourceMasks) => masks.personal.length > 0 || masks.withheld.length > 0;
