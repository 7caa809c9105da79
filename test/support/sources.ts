import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string>();

function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text of a source document as received (data/sources), whitespace normalised. */
export function sourceText(fileName: string): string {
  let text = cache.get(fileName);
  if (text === undefined) {
    text = normalise(readFileSync(join(__dirname, '..', '..', 'data', 'sources', fileName), 'utf8'));
    cache.set(fileName, text);
  }
  return text;
}

const MASKS = /\[withheld\]|\[personal data withheld\]/g;
const MASKED_AS: Record<string, string> = {
  '[withheld]': '(?:\\d+(?:[.,]\\d+)*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
  '[personal data withheld]': '.+?',
};

/**
 * Whether a quote stands verbatim in a text. A passage a caller may not read in full comes with
 * masks ("[withheld]" for a withheld figure's numbers, "[personal data withheld]"): each mask
 * must stand for something of its kind at that place in the source.
 */
function standsIn(text: string, quote: string): boolean {
  const masks = quote.match(MASKS);
  if (!masks) return text.includes(quote);
  const parts = quote.split(MASKS).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = parts.reduce((acc, part, i) => acc + (i > 0 ? MASKED_AS[masks[i - 1]] : '') + part, '');
  return new RegExp(pattern, 'i').test(text);
}

interface PassageLike {
  quote: string;
  section?: string | null;
  document: { fileName: string };
}

/**
 * Asserts a provenance pointer is real: the quoted passage stands verbatim in the named source
 * document, and (when given) it contains the words of the fact it backs.
 */
export function expectProvenance(passage: PassageLike | null | undefined, ...mustContain: string[]): void {
  expect(passage).toBeTruthy();
  const quote = normalise(passage!.quote);
  // Not toContain on the document: a failure would print the whole document.
  if (!standsIn(sourceText(passage!.document.fileName), quote)) {
    throw new Error(`not verbatim in ${passage!.document.fileName}: "${quote.slice(0, 200)}"`);
  }
  for (const words of mustContain) expect(quote).toContain(normalise(words));
}

/** Every passage object anywhere in a response. */
export function allPassages(value: unknown, found: PassageLike[] = []): PassageLike[] {
  if (Array.isArray(value)) value.forEach((v) => allPassages(v, found));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.quote === 'string' && v.document && typeof (v.document as { fileName?: unknown }).fileName === 'string') {
      found.push(v as unknown as PassageLike);
    }
    Object.values(v).forEach((child) => allPassages(child, found));
  }
  return found;
}
