import type { ReadPolicy } from '../../access/read-policy';
import { asksForNumber } from '../../access/text-masks';
import type { Condition } from '../../graphql/filter';
import { SEARCH_CONFIG } from './search-query';

/**
 * The search index holds each text as written and, where an audience reads it otherwise (a text
 * repeating the sentence of a figure withheld from it: "... presently supporting [withheld]
 * retention cases"), as that audience reads it (`public_text`, `partners_text`, each with its own
 * tsvector and GIN index; derived when the data changes). A caller's search works on the texts as
 * it reads them: snippets are always cut from them, and a query that could match a number matches
 * and ranks them, so trying "supporting 4 retention" then "supporting 5 retention" (or excluding
 * -5) tells nothing. Queries without a number match the same entries either way (masking only
 * replaces numbers), so they keep to the plain index and its ranking.
 */
export interface SearchTexts {
  /** The entries of `s` the tsquery (one bound value per `?`) matches as the caller reads them. */
  matches: Condition;
  /** The tsvector to rank by. */
  document: string;
  /** The text snippets are cut from. */
  text: string;
}

export function searchTexts(policy: ReadPolicy, s: string, tsquery: string): SearchTexts {
  const query = `to_tsquery('${SEARCH_CONFIG}', ?)`;
  const plain: Condition = { sql: `${s}."document" @@ ${query}`, bindings: [tsquery] };
  const audience = policy.audience?.toLowerCase();
  if (!audience) return { matches: plain, document: `${s}."document"`, text: `${s}."text"` };
  const owns = policy.ownsRow(policy.metadata('SearchEntry'), s);
  const either = (whenOwned: string, otherwise: string) => (owns === 'false' ? otherwise : `(case when ${owns} then ${whenOwned} else ${otherwise} end)`);
  const text = either(`${s}."text"`, `coalesce(${s}."${audience}_text", ${s}."text")`);
  if (!asksForNumber(tsquery)) return { matches: plain, document: `${s}."document"`, text };
  // Two indexed branches: entries read as written, and entries read masked.
  const asRead = `((${s}."document" @@ ${query} and ${s}."${audience}_text" is null) or ${s}."${audience}_document" @@ ${query})`;
  return {
    matches: owns === 'false' ? { sql: asRead, bindings: [tsquery, tsquery] } : { sql: `((${owns} and ${plain.sql}) or (not ${owns} and ${asRead}))`, bindings: [tsquery, tsquery, tsquery] },
    document: either(`${s}."document"`, `coalesce(${s}."${audience}_document", ${s}."document")`),
    text,
  };
}
