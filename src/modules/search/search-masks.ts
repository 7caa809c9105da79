import type { Loaders } from '../../db/row-loaders';
import type { Condition } from '../../graphql/filter';
import { maskNumbers } from '../disclosure/disclosure.service';
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

/** Whether a tsquery asks for a number: digits, or a word maskNumbers masks ("five", "both"). */
export function asksForNumber(tsquery: string): boolean {
  return tsquery.split(/[^\p{L}\p{N}]+/u).some((word) => word !== '' && maskNumbers(word) !== word);
}

/**
 * Entries of these partnerships whose text repeats a withheld quote, with the text as the caller
 * reads it (masked). `entryIds` restricts them (a page of hits). Statements: the partnerships'
 * quotes (cached per request) and one to read the candidate entries; none for administrators,
 * owners, or when nothing is withheld.
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
  return masked;
}

/** All partnerships' ids: the entries a number query could match are anywhere. */
export async function allPartnershipIds(loaders: Loaders): Promise<number[]> {
  const rows = await loaders.run<{ id: number }>(loaders.scope.em.getKnex().select('id').from('partnership'));
  return rows.map((r) => r.id);
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
