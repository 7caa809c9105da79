import type { Loaders } from '../../db/row-loaders';
import type { Condition } from '../../graphql/filter';
import { disclosureByObservationLoader } from '../disclosure/disclosure.loader';
import { maskNumbers, NUMBER_WORDS } from '../disclosure/disclosure.service';
import { SEARCH_RECORD_TYPE_NAME, SearchRecordType } from './search.enum';
import { maskNarrative, withheldQuotesByPartnershipLoader } from '../source/narrative-masks';
import { SEARCH_CONFIG } from './search-query';

/**
 * The search index holds the texts as written. A text repeating the sentence of a figure withheld
 * from the caller ("... presently supporting 5 retention cases") is searched as the caller reads
 * it, masked: its snippet is cut from the masked text, and a search asking for a number matches
 * and ranks it by the masked text, so trying "supporting 4 retention" then "supporting 5
 * retention" (or excluding -5) tells nothing. Queries without a number match the same entries
 * either way (masking only replaces numbers), so only those with one pay for it.
 */

/**
 * Whether a tsquery could match a number: digits, or a word maskNumbers masks. Its words match
 * as prefixes and are stemmed ("fiv" finds "five", "singles" is "singl"), so a word that begins a
 * number word, or that a number word begins ("fifty-eight", "twenties"), counts too.
 */
export function asksForNumber(tsquery: string): boolean {
  return tsquery
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => word !== '' && (/\p{N}/u.test(word) || NUMBER_WORDS.some((n) => n.startsWith(word) || word.startsWith(n))));
}

/**
 * Entries of these partnerships whose text repeats a withheld quote, or that are the subject of
 * a withheld figure (or of its total), with the text as the caller reads it (masked). `entryIds`
 * restricts them (a page of hits). Statements: the partnerships' quotes (cached per request), one
 * for the entries repeating quotes, one for subjects holding a number (and their figures'
 * decisions, batched); none for administrators, owners, or when nothing is withheld.
 */
export async function maskedEntryTexts(loaders: Loaders, partnershipIds: readonly number[], entryIds?: readonly number[]): Promise<Map<number, string>> {
  const masked = new Map<number, string>();
  const { caller, em } = loaders.scope;
  if (caller.isAdmin || partnershipIds.length === 0 || entryIds?.length === 0) return masked;
  const loaded = await loaders.get(withheldQuotesByPartnershipLoader).loadMany(partnershipIds);
  const quotes = new Map<number, readonly string[]>();
  loaded.forEach((q, i) => {
    if (q instanceof Error) throw q;
    if (q.length) quotes.set(partnershipIds[i], q);
  });
  if (quotes.size === 0) return masked;
  // Candidates hold a withheld quote's first word; the masking itself decides (whitespace aside, as everywhere).
  const firstWords = [...new Set([...quotes.values()].flat().map((q) => q.trim().split(/[\s\u00a0]+/)[0]))];
  const like = firstWords.map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);
  let q = em
    .getKnex()
    .select('e.id', { partnershipId: 'e.partnership_id' }, 'e.text')
    .from({ e: 'search_entry' })
    .whereIn('e.partnership_id', [...quotes.keys()])
    .whereRaw(`e.text like any (array[${like.map(() => '?').join(', ')}])`, like);
  if (entryIds) q = q.whereIn('e.id', entryIds as number[]);
  for (const row of await loaders.run<{ id: number; partnershipId: number; text: string }>(q)) {
    const text = maskNarrative(row.text, quotes.get(row.partnershipId)!);
    if (text !== row.text) masked.set(row.id, text);
  }
  // A withheld figure's subject may state its value ("6 of which ..."); a breakdown item repeats its total's.
  const numbers = `(\\d|\\m(${NUMBER_WORDS.join('|')})\\M)`;
  let subjects = em
    .getKnex()
    .select('e.id', { observationId: 'o.id', parentId: 'o.parent_id' }, 'e.text')
    .from({ e: 'search_entry' })
    .join({ o: 'indicator_observation' }, 'o.id', 'e.record_id')
    .where({ 'e.record_type': SEARCH_RECORD_TYPE_NAME[SearchRecordType.INDICATOR_OBSERVATION], 'e.field': 'SUBJECT' })
    .whereIn('e.partnership_id', [...quotes.keys()])
    .whereRaw('e.text ~* ?', [numbers]);
  if (entryIds) subjects = subjects.whereIn('e.id', entryIds as number[]);
  const rows = await loaders.run<{ id: number; observationId: number; parentId: number | null; text: string }>(subjects);
  if (rows.length) {
    const ids = [...new Set(rows.flatMap((r) => (r.parentId === null ? [r.observationId] : [r.observationId, r.parentId])))];
    const decisions = await loaders.get(disclosureByObservationLoader).loadMany(ids);
    const withheld = new Set(
      ids.filter((_, i) => {
        const d = decisions[i];
        if (d instanceof Error) throw d;
        return d.reason !== null;
      }),
    );
    for (const r of rows) {
      if (withheld.has(r.observationId) || (r.parentId !== null && withheld.has(r.parentId))) masked.set(r.id, maskNumbers(masked.get(r.id) ?? r.text));
    }
  }
  return masked;
}

/**
 * The masked texts a query must be matched against: for a query that could match a number, every
 * partnership's (the entries it could match are anywhere); otherwise none (masking only replaces
 * numbers, so the index answers alike), nor for administrators.
 */
export async function maskedForMatching(loaders: Loaders, tsquery: string): Promise<Map<number, string>> {
  if (loaders.scope.caller.isAdmin || !asksForNumber(tsquery)) return new Map();
  const rows = await loaders.run<{ id: number }>(loaders.scope.em.getKnex().select('id').from('partnership'));
  return maskedEntryTexts(loaders, rows.map((r) => r.id));
}

/**
 * SQL for an entry's tsvector and text (alias `s`), masked ones replaced: literal SQL (values
 * quoted by the driver's rules), since a keyset cursor's sort expression takes no bindings.
 */
export function maskedColumns(loaders: Loaders, s: string, masked: ReadonlyMap<number, string>): { document: string; text: string } {
  if (masked.size === 0) return { document: `${s}."document"`, text: `${s}."text"` };
  const platform = loaders.scope.em.getPlatform();
  // A "?" in a text is not a placeholder: knex reads "\?" as a literal question mark.
  const cases = [...masked].map(([id, text]) => platform.formatQuery('when ? then ?', [id, text]).replace(/\?/g, '\\?')).join(' ');
  const text = `(case ${s}."id" ${cases} else ${s}."text" end)`;
  const ids = [...masked.keys()].join(', ');
  return { document: `(case when ${s}."id" in (${ids}) then to_tsvector('${SEARCH_CONFIG}', ${text}) else ${s}."document" end)`, text };
}

/**
 * `s`'s entries matching the tsquery (bound value) as the caller reads them: the index for every
 * entry but the masked ones, their masked text for those (kept apart, so the index still serves
 * the rest).
 */
export function matchesAsRead(loaders: Loaders, s: string, tsquery: string, masked: ReadonlyMap<number, string>): Condition {
  const query = `to_tsquery('${SEARCH_CONFIG}', ?)`;
  if (masked.size === 0) return { sql: `${s}."document" @@ ${query}`, bindings: [tsquery] };
  const ids = [...masked.keys()].join(', ');
  const { text } = maskedColumns(loaders, s, masked);
  return {
    sql: `((${s}."document" @@ ${query} and ${s}."id" not in (${ids})) or (${s}."id" in (${ids}) and to_tsvector('${SEARCH_CONFIG}', ${text}) @@ ${query}))`,
    bindings: [tsquery, tsquery],
  };
}
