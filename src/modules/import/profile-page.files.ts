import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultDataDir } from './data-files';
import type { PartnershipFile, ReferenceFile } from './interchange.schema';
import { parsePartnershipFile, parseReferenceFile } from './interchange.validate';
import { parseProfilePage, ProfilePageError, type ProfilePageParse } from './profile-page.parser';

export interface ProfilePageFile {
  /** The page's file name: the document's fileName, under which its text is stored. */
  fileName: string;
  text: string;
  parse: ProfilePageParse;
  /** The document as the importer reads it (defaults applied, every reference and quote checked). */
  file: PartnershipFile;
}

/** The hub's reference data (places, concepts) from data/reference, merged and validated. */
export function readReference(dataDir = defaultDataDir()): ReferenceFile {
  const dir = join(dataDir, 'reference');
  const merged: ReferenceFile = { formatVersion: 1, places: [], concepts: [] };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const ref = parseReferenceFile(name, JSON.parse(readFileSync(join(dir, name), 'utf8')));
    merged.places.push(...ref.places);
    merged.concepts.push(...ref.concepts);
  }
  return parseReferenceFile('reference', merged);
}

/**
 * Reads a profile page, parses it against the reference taxonomy and validates the document as the
 * importer will (so a parse that the importer would refuse fails here, naming the JSON path).
 */
export function readProfilePage(path: string, options: { slug?: string; asOf?: string; dataDir?: string } = {}): ProfilePageFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProfilePageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const fileName = basename(path);
  const reference = readReference(options.dataDir);
  const parse = parseProfilePage(text, { fileName, slug: options.slug, asOf: options.asOf, concepts: reference.concepts });
  const file = parsePartnershipFile(fileName, parse.document, {
    readDocumentText: (name) => (name === fileName ? text : undefined),
    placeKeys: new Set(reference.places.map((p) => p.key)),
    concepts: new Map(reference.concepts.map((c) => [c.code, c.scheme])),
  });
  return { fileName, text, parse, file };
}

/** What the parse could not place and what it left out, one line each, for stderr. */
export function profilePageReport(page: ProfilePageFile): string[] {
  const { sections, unplaced, warnings, predecessor } = page.parse;
  const of = (state: string) => Object.entries(sections).filter(([, s]) => s === state).map(([name]) => name);
  const lines = [`${page.fileName}: "${page.file.partnership.name}" (${page.file.partnership.slug})`];
  if (of('NOT_STATED').length) lines.push(`not stated: ${of('NOT_STATED').join(', ')}`);
  if (of('NONE_LISTED').length) lines.push(`none listed: ${of('NONE_LISTED').join(', ')}`);
  if (predecessor) lines.push(`Round One predecessor: ${predecessor}`);
  for (const w of warnings) lines.push(`warning: ${w}`);
  lines.push(unplaced.length ? `${unplaced.length} passage(s) not placed:` : 'all text placed');
  for (const u of unplaced) lines.push(`  line ${u.line}${u.section ? ` (${u.section})` : ''}: ${u.text.length > 120 ? `${u.text.slice(0, 117)}...` : u.text} -- ${u.reason}`);
  return lines;
}
