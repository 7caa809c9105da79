/**
 * The texts the access layer masks, as pure functions: personal values in source texts, the
 * numbers of withheld figures' sentences wherever those sentences are repeated. Applied when data
 * changes (derivation.ts), never per request.
 */

export const PERSONAL_DATA_WITHHELD = '[personal data withheld]';

// Figures and the words that state small numbers ("a single father", "both of them"): only ever
// applied inside a withheld figure's own passage, so a word taken for a number costs little.
export const NUMBER_WORDS = [
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '),
  ...'twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million'.split(' '),
  ...'single couple pair both dozen half twice'.split(' '),
];
const NUMBER = new RegExp(`\\d+(?:[.,]\\d+)*%?|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** Every number in a passage replaced by "[withheld]". */
export function maskNumbers(text: string): string {
  return text.replace(NUMBER, '[withheld]');
}

/**
 * Personal data also stands in the source texts: a contact's passage is "Christine Cameron, PAVO
 * (...)", a quote's ends "(a single father referred by the Supporting Children team)". For callers
 * who do not own those records, every occurrence of their personal values is masked in passages
 * and full texts alike, longest first (so "Alison Thomas" goes before a shorter "Thomas").
 */
export function maskPersonalData(text: string, terms: readonly string[]): string {
  let masked = text;
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    if (term.trim().length >= 3) masked = replaceLoosely(masked, term, () => PERSONAL_DATA_WITHHELD);
  }
  return masked;
}

const SPACE = /[\s\u00a0]+/;

/**
 * Every occurrence of `phrase` in `text`, whitespace aside (a line break, two spaces or a
 * no-break space where the phrase has one space: the importer matches quotes the same way),
 * replaced by what `replace` makes of it.
 */
export function replaceLoosely(text: string, phrase: string, replace: (found: string) => string): string {
  const words = phrase.trim().split(SPACE).filter(Boolean);
  if (!words.length || !text.includes(words[0])) return text;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0]+'), 'g');
  return text.replace(pattern, replace);
}

/** What must not be read in a document's passages and text by an audience. */
export interface SourceMasks {
  /** Personal values of records the audience does not own (contact names, who said a quote ...). */
  personal: string[];
  /** Quotes of figures withheld from the audience: wherever a text repeats one, its numbers are masked. */
  withheld: string[];
}

/** A passage or a text as an audience may read it. */
export function applyMasks(text: string, masks: SourceMasks): string {
  let masked = text;
  // Longest first: a withheld quote inside another withheld quote is masked as part of it.
  for (const quote of [...masks.withheld].sort((a, b) => b.length - a.length)) {
    if (quote) masked = replaceLoosely(masked, quote, maskNumbers);
  }
  return masks.personal.length ? maskPersonalData(masked, masks.personal) : masked;
}

/** A narrative as an audience may read it: the numbers of the withheld quotes it repeats masked. */
export function maskNarrative(text: string, withheld: readonly string[]): string {
  return withheld.length ? applyMasks(text, { personal: [], withheld: [...withheld] }) : text;
}

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
