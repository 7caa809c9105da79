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
  if (!sourceText(passage!.document.fileName).includes(quote)) {
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
