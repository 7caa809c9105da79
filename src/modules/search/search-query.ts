import { badUserInput } from '../../graphql/errors';

/** Longest query text and most words a search (or a `text` filter) takes. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 16;

/** The text search configuration of the index and the queries: English stemming ("leavers" -> "leaver"). */
export const SEARCH_CONFIG = 'english';

type Term = { words: string[]; negated: boolean };

/**
 * Turns what a person types into a PostgreSQL tsquery, the way a web search box reads it: words
 * must all occur (AND), `OR` between two words accepts either, a leading `-` excludes a word, and
 * "double quotes" ask for the words in that order. Every word matches as a prefix, so "apprentice"
 * finds "apprenticeship" and "Apprentice" alike. Only letters and digits reach the tsquery (the
 * rest separates words), so no input can break its syntax; it still travels as a bound value.
 */
export function toTsQuery(input: string, argument = 'query'): string {
  const text = input.trim();
  if (!text) throw badUserInput(`"${argument}" is empty: give at least one word`, { argument });
  if (text.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`"${argument}" is longer than ${MAX_QUERY_LENGTH} characters`, { argument, max: MAX_QUERY_LENGTH });
  }
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Tokens: "quoted phrases", OR, and words (a hyphenated word is a phrase of its parts).
  const groups: Term[][] = [];
  let pendingOr = false;
  for (const match of text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const [, dash, quoted, bare] = match;
    if (bare === 'OR') {
      pendingOr = groups.length > 0;
      continue;
    }
    const negated = bare !== undefined ? bare.startsWith('-') : dash === '-';
    const term: Term = { words: words(quoted ?? bare.replace(/^-/, '')), negated };
    if (!term.words.length) continue;
    if (pendingOr && !term.negated) groups[groups.length - 1].push(term);
    else groups.push([term]);
    pendingOr = false;
  }
  const terms = groups.flat();
  if (!terms.some((t) => !t.negated)) {
    throw badUserInput(`"${argument}" needs at least one word to look for (not only excluded ones)`, { argument });
  }
  if (terms.reduce((n, t) => n + t.words.length, 0) > MAX_QUERY_TERMS) {
    throw badUserInput(`"${argument}" has more than ${MAX_QUERY_TERMS} words`, { argument, max: MAX_QUERY_TERMS });
  }
  const render = (t: Term) => {
    const phrase = t.words.map((w) => `${w}:*`).join(' <-> ');
    const body = t.words.length > 1 ? `(${phrase})` : phrase;
    return t.negated ? `!${body}` : body;
  };
  return groups.map((g) => (g.length > 1 ? `(${g.map(render).join(' | ')})` : render(g[0]))).join(' & ');
}
