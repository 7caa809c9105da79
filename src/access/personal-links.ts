import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rulesOf } from './rules';
import { SharingLevel } from './roles';
import { ownerColumnOf } from './visibility';

/**
 * Records that would pair a person with their personal data are kept to their owners.
 *
 * Conwy's file lists the teams that referred the people quoted ("(a single father referred by the
 * Supporting Children team)") as project partners, each cited from the quotes' own section, in the
 * quotes' order. The quotes' personal values are masked, but a partner list in that order lets
 * anyone pair each quote with its referrer. So a record cited from the same section of the same
 * document as a personal record (a testimonial, a contact), whose passage states one of that
 * record's personal values, is seen by its owners only: the importer stores it as OWNER, and a
 * sharing change may not widen it (the organisations only it names then leave the catalogue too).
 */
export interface PersonalLink {
  entity: string;
  id: number;
  /** The personal value its passage states, for the message refusing to widen it. */
  states: string;
  sharing: SharingLevel;
}

const ints = (ids: Iterable<number>) => [...ids].map((id) => String(Math.trunc(id))).join(', ') || 'null';

/** Whitespace-insensitive, case-insensitive containment, as the masks match (text-masks.ts). */
const normalised = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

export async function personalLinks(em: EntityManager, partnershipIds: number[], only?: { entity: string; id: number }): Promise<PersonalLink[]> {
  if (!partnershipIds.length) return [];
  const metadata = Object.values(em.getMetadata().getAll()).filter((m) => !m.abstract && !m.embeddable && m.properties.source);
  const personal = metadata.filter((m) => rulesOf(m.class).personal.length && ownerColumnOf(m));
  if (!personal.length) return [];
  const candidates = metadata.filter(
    (m) => !rulesOf(m.class).personal.length && m.properties.sharing && ownerColumnOf(m) && (!only || only.entity === m.className),
  );

  // Where each personal record is cited, and what it keeps personal.
  const places = await em.execute<Array<{ owner: number; documentId: number; section: string | null; terms: Array<string | null> }>>(
    personal
      .map((m) => {
        const columns = rulesOf(m.class).personal.map((p) => `r."${m.properties[p].fieldNames[0]}"`);
        return `select r."${ownerColumnOf(m)}" as "owner", sp."document_id" as "documentId", sp."section", array[${columns.join(', ')}]::text[] as "terms"
                  from "${m.tableName}" r join "source_passage" sp on sp."id" = r."source_id" where r."${ownerColumnOf(m)}" in (${ints(partnershipIds)})`;
      })
      .join(' union all '),
  );
  const termsAt = new Map<string, string[]>();
  for (const place of places) {
    const key = `${place.owner}|${place.documentId}|${place.section ?? ''}`;
    const terms = termsAt.get(key) ?? [];
    for (const term of place.terms) if (term && term.trim().length >= 3) terms.push(term);
    termsAt.set(key, terms);
  }
  if (!termsAt.size || !candidates.length) return [];

  const rows = await em.execute<
    Array<{ entity: string; id: number; owner: number; documentId: number; section: string | null; quote: string; sharing: SharingLevel }>
  >(
    candidates
      .map(
        (m: EntityMetadata) =>
          `select '${m.className}' as "entity", r."id", r."sharing", r."${ownerColumnOf(m)}" as "owner", sp."document_id" as "documentId", sp."section", sp."quote"
             from "${m.tableName}" r join "source_passage" sp on sp."id" = r."source_id"
            where r."${ownerColumnOf(m)}" in (${ints(partnershipIds)})${only ? ` and r."id" = ${Math.trunc(only.id)}` : ''}`,
      )
      .join(' union all '),
  );
  const links: PersonalLink[] = [];
  for (const row of rows) {
    const terms = termsAt.get(`${row.owner}|${row.documentId}|${row.section ?? ''}`);
    const quote = normalised(row.quote);
    const states = terms?.find((term) => quote.includes(normalised(term)));
    if (states) links.push({ entity: row.entity, id: row.id, states, sharing: row.sharing });
  }
  return links;
}

/** Stores every personal link of the partnerships as OWNER (in the caller's transaction); returns how many changed. */
export async function keepPersonalLinksToOwners(em: EntityManager, partnershipIds: number[]): Promise<number> {
  const byEntity = new Map<string, number[]>();
  // Only rows that are not OWNER yet: nothing is written when nothing changes (a re-import).
  for (const link of await personalLinks(em, partnershipIds)) if (link.sharing !== SharingLevel.OWNER) byEntity.set(link.entity, [...(byEntity.get(link.entity) ?? []), link.id]);
  let changed = 0;
  for (const [entity, ids] of byEntity) {
    const table = em.getMetadata().find(entity)!.tableName;
    const result = await em.execute<{ affectedRows?: number } | unknown[]>(
      `update "${table}" set "sharing" = '${SharingLevel.OWNER}' where "id" in (${ints(ids)}) returning "id"`,
    );
    changed += Array.isArray(result) ? result.length : 0;
  }
  return changed;
}
