import { maskNumbers } from '../disclosure/disclosure.service';

/**
 * Where `quote` stands in `text`, whitespace aside: a line break, several spaces or a no-break
 * space where the quote has one space (the rule of replaceLoosely, which applyMasks uses).
 */
export function occurrences(text: string, quote: string): Array<[number, number]> {
  const words = quote.trim().split(/[\s\u00a0]+/).filter(Boolean);
  if (!words.length || !text.includes(words[0])) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0]+'), 'g');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Snippets repeat the field they are cut from, and a field may repeat the sentence a withheld
 * figure was read from: the numbers of that sentence must not show in the snippet either.
 *
 * Masking the snippet as text (applyMasks) would not do: ts_headline cuts the field into
 * fragments (up to MaxWords words each, joined by the fragment delimiter), so a snippet may hold
 * only the end of a withheld sentence ("... the officer is presently supporting 5 retention
 * cases"), and it marks the matched words, so even a whole sentence is broken by the markers
 * ("supporting 5 \u0002retention\u0003 \u0002cases\u0003"). Matching the quotes' words against
 * the snippet is not safe either: which words are enough to call a fragment "the sentence"?
 *
 * So the snippet is masked from the field it was cut from, which the search reads with it:
 *  1. where the withheld quotes occur in the field: every occurrence, whitespace aside (as
 *     applyMasks finds them, through replaceLoosely);
 *  2. the snippet without its markers, split at the fragment delimiter: each fragment is a
 *     verbatim piece of the field (ts_headline copies the field's words and spaces as they are),
 *     found in the field by plain search. Where a fragment occurs more than once, every
 *     occurrence counts (the mask is the union: more masked, never less);
 *  3. the part of each fragment that overlaps a quote's occurrence (widened to whole words) has
 *     its numbers masked by maskNumbers (digits, "12%", "one" to "twelve", as in the passage),
 *     in the snippet with its markers: markers are not digits nor letters, so they stay where they
 *     stood and a highlighted number ("\u00025\u0003") is masked inside its highlight.
 * A fragment that cannot be found in the field (should ts_headline ever alter a word) of a field
 * holding a withheld quote has every number masked: when unsure, mask.
 */
export function maskSnippet(
  headline: string,
  field: string,
  withheld: readonly string[],
  markers: { start: string; stop: string; delimiter: string },
): string {
  // 1. Occurrences of the withheld quotes in the field.
  const spans = withheld.flatMap((quote) => occurrences(field, quote));
  if (spans.length === 0) return headline;

  // 2. The snippet's plain text, with where each of its characters stands in the headline.
  let plain = '';
  const at: number[] = [];
  for (let i = 0; i < headline.length; i++) {
    if (headline[i] === markers.start || headline[i] === markers.stop) continue;
    plain += headline[i];
    at.push(i);
  }

  // Ranges of the plain snippet whose numbers go, then their numbers, as headline ranges.
  const toMask: Array<[number, number]> = [];
  for (let from = 0; from < plain.length; ) {
    let end = plain.indexOf(markers.delimiter, from);
    if (end < 0) end = plain.length;
    const fragment = plain.slice(from, end);
    if (fragment.length > 0) {
      let found = false;
      for (let k = field.indexOf(fragment); k >= 0; k = field.indexOf(fragment, k + 1)) {
        found = true;
        for (const [s, e] of spans) {
          const a = Math.max(s, k);
          const b = Math.min(e, k + fragment.length);
          if (a < b) toMask.push([from + a - k, from + b - k]);
        }
      }
      if (!found) toMask.push([from, end]);
    }
    from = end + markers.delimiter.length;
  }
  if (toMask.length === 0) return headline;

  // 3. Whole words: a range cut inside a number ("1,2|00") still takes the whole number.
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const ranges = toMask
    .map(([a, b]) => {
      while (a > 0 && isWordChar(plain[a - 1]) && isWordChar(plain[a])) a--;
      while (b < plain.length && isWordChar(plain[b - 1]) && isWordChar(plain[b])) b++;
      return [a, b] as [number, number];
    })
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of ranges) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }

  // Each range masked in the headline itself, markers and all (maskNumbers leaves them alone).
  let masked = '';
  let copied = 0;
  for (const [a, b] of merged) {
    const ha = at[a];
    const hb = at[b - 1] + 1;
    masked += headline.slice(copied, ha) + maskNumbers(headline.slice(ha, hb));
    copied = hb;
  }
  return masked + headline.slice(copied);
}
