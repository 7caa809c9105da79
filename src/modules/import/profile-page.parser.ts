import { z } from 'zod';
import { InnovationDimension, InnovationLevel } from '../innovation/innovation.enum';
import { ObservationNature, ObservationScope, ValueQualifier, MeasurementUnit, CountOf } from '../observation/observation.enum';
import { PartnershipField, PartnershipStatus, Programme } from '../partnership/partnership.enum';
import { ProjectKind } from '../project/project.enum';
import { SourceDocumentKind } from '../source/source.enum';
import { ConceptScheme } from '../taxonomy/concept.enum';
import { NUMBER_WORDS } from '../../access/text-masks';
import { Key, type ConceptSpec, type PartnershipFile } from './interchange.schema';

/**
 * Reads the text of an EQUAL Development Partnership profile page (the shape of the Powys and
 * Black Country LEAD sources) into one interchange document. Pure: text in, document out, so it
 * is tested without a database; the CLI (src/cli/profile-parse.ts) validates and prints it.
 *
 * Only what the page states in its structured sections is produced, each record quoting the page.
 * What a person reads from prose (figures in a narrative, projects named in passing, places) is
 * left to the partnership's editors; text that fits no section is returned in `unplaced`.
 */

/** The input shape of the interchange format (defaults may be left out). */
export type InterchangeDocument = z.input<typeof PartnershipFile>;

/** The sections of a profile page, by the name the document's provenance uses. */
export const PROFILE_SECTIONS = [
  'Description',
  'Background',
  'Aims',
  'Objectives',
  'Activities',
  'Target Groups',
  'Round',
  'Round 1 to Round 2',
  'Transnational partnerships',
  'Contact',
  'End-dates',
  'Equal theme',
  'Origins',
  'Beneficiaries',
  'Achievements',
  'Intended impact/ sustainability',
  'Scatter plot',
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/**
 * STATED: the section has content; NONE_LISTED: the heading is there with nothing under it (or "None");
 * NOT_STATED: the page has no such section (or says "not stated" / "not known").
 */
export type SectionState = 'STATED' | 'NONE_LISTED' | 'NOT_STATED';

export interface UnplacedText {
  /** 1-based line in the page. */
  line: number;
  section?: string;
  text: string;
  reason: string;
}

export interface ProfilePageParse {
  document: InterchangeDocument;
  sections: Record<ProfileSection, SectionState>;
  unplaced: UnplacedText[];
  /** Consistency notes that are not lost text (e.g. the scatter grid marks a cell the page does not describe). */
  warnings: string[];
  /** The Round One predecessor the "Round 1 to Round 2" prose names, when it names one. */
  predecessor?: string;
}

export interface ProfilePageOptions {
  /** The page's file name (as under data/sources); the document key is derived from it. */
  fileName: string;
  /** Partnership slug; by default derived from the title. */
  slug?: string;
  /** Reference taxonomy: target groups, beneficiaries and the theme are mapped where the wording is one of its labels. */
  concepts?: ReadonlyArray<Pick<ConceptSpec, 'code' | 'scheme' | 'prefLabel' | 'altLabels'>>;
  /** ISO date the status is judged on (COMPLETED once the last end date has passed); without it the status is left unknown. */
  asOf?: string;
}

export class ProfilePageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfilePageError';
  }
}

interface Line {
  n: number;
  text: string;
}

interface Block {
  section: ProfileSection | 'CHROME';
  heading: Line;
  /** The heading as written (without a value on the same line). */
  headingText: string;
  lines: Line[];
}

interface Paragraph {
  text: string;
  raw: string;
  lines: Line[];
}

const SECTION_PATTERNS: Array<[ProfileSection, RegExp]> = [
  ['Description', /^description$/i],
  ['Background', /^background$/i],
  ['Aims', /^aims?$/i],
  ['Objectives', /^objectives?$/i],
  ['Activities', /^activities$/i],
  ['Target Groups', /^target\s*groups?$/i],
  ['Round', /^round$/i],
  ['Round 1 to Round 2', /^round\s*(?:1|one)\s*to\s*round\s*(?:2|two)$/i],
  ['Transnational partnerships', /^transnational\s+partnerships?$/i],
  ['Contact', /^contacts?(?:\s+details)?$/i],
  ['End-dates', /^end[\s-]*dates?$/i],
  ['Equal theme', /^(?:equal\s+)?theme$/i],
  ['Origins', /^origins?$/i],
  ['Beneficiaries', /^beneficiaries$/i],
  ['Achievements', /^achievements?$/i],
  ['Intended impact/ sustainability', /^intended\s+impact\s*(?:\/|and|&)?\s*sustainability$/i],
  ['Scatter plot', /^scatter\s*plots?$/i],
];

/** Page furniture: tabs, links and badges of the profile site, not content. */
// Case-sensitive: the tabs are capitalised, a picture's alt text ("presentation") is not.
const CHROME_HEADINGS = [/^Partnership information$/, /^Presentation$/, /^Connections$/, /^Activities and products$/, /^Is this information correct\??$/];
const CHROME_LINES = [/^get involved$/i, /^valid xhtml/i, /^move the mouse over the scatter plots?/i, /^equal theme$/i];

const CELL_HEADING = /^(process|practice|product|policy)\s*\/\s*(city|local|regional|national|european)$/i;
const GRID_ROW = /^(process|practice|product|policy)((?:\s+x)*)$/i;
const GRID_AXIS = /^city\s+local\s+regional\s+national\s+european$/i;
const BULLET = /^(?:[•·▪◦‣*\-–—]|\d{1,2}[.)])\s*(.*)$/;
const NONE = /^(?:none(?:\s+(?:listed|yet|so far))?|n\/?a|not applicable|nil|-|–|—)\.?$/i;
const UNSTATED = /^(?:not\s+(?:stated|known|given|available|provided)|unknown|tbc|to be confirmed)\.?$/i;

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const isBlank = (s: string) => clean(s) === '';

function sectionOf(text: string): ProfileSection | undefined {
  const t = clean(text).replace(/:$/, '').trim();
  return SECTION_PATTERNS.find(([, re]) => re.test(t))?.[0];
}
const isChromeHeading = (text: string) => CHROME_HEADINGS.some((re) => re.test(clean(text)));
const isChromeLine = (text: string) => CHROME_LINES.some((re) => re.test(clean(text)));

/** A stable record key from a wording: lowercase words joined by '-', at most 80 characters. */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** Keys unique within a kind: a repeated one gets "-2", "-3" ... */
function uniqueKeys() {
  const used = new Set<string>();
  return (key: string) => {
    const base = key || 'item';
    let candidate = base;
    // "ben-2" may be a wording's own key as well as the second "ben": never hand out a key twice.
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  };
}

function paragraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) {
      out.push({ text: clean(current.map((l) => l.text).join(' ')), raw: current.map((l) => l.text.trim()).join('\n'), lines: current });
    }
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line.text)) flush();
    else current.push(line);
  }
  flush();
  return out;
}

/** A picture's alt text left in the page: one short line, no sentence punctuation. */
function looksLikeCaption(p: Paragraph): boolean {
  const words = p.text.split(' ').length;
  return p.lines.length === 1 && p.text.length <= 60 && words <= 8 && !/[.!?:;,)]$/.test(p.text) && !BULLET.test(p.text);
}

/** A heading: one short capitalised line without sentence punctuation. */
function looksLikeHeading(p: Paragraph): boolean {
  return looksLikeCaption(p) && /^[A-Z]/.test(p.text) && p.text.split(' ').length <= 5;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "29 June 2007", "29th June 2007", "June 29, 2007", "29/06/2007" (UK order) or "2007-06-29" -> ISO date; undefined if not a real date. */
export function parseDate(text: string): string | undefined {
  const t = clean(text).replace(/\.$/, '');
  let y: number, m: number, d: number;
  let match: RegExpMatchArray | null;
  const month = (name: string) => MONTHS.findIndex((mo) => mo.startsWith(name.toLowerCase()) && name.length >= 3) + 1;
  if ((match = t.match(/^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/))) [d, m, y] = [+match[1], month(match[2]), +match[3]];
  else if ((match = t.match(/^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/))) [d, m, y] = [+match[2], month(match[1]), +match[3]];
  else if ((match = t.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/))) [d, m, y] = [+match[1], +match[2], +match[3]];
  else if ((match = t.match(/^(\d{4})-(\d{2})-(\d{2})$/))) [y, m, d] = [+match[1], +match[2], +match[3]];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const WORD_VALUES = new Map(NUMBER_WORDS.slice(0, 19).map((w, i) => [w, i + 1]));

/** "350", "1,200", "over 300", "almost 50", "ten" -> value and qualifier. */
export function parseFigure(text: string): { value: number; qualifier: ValueQualifier; statedAs: string } | undefined {
  const statedAs = clean(text).replace(/\.$/, '');
  const match = statedAs.match(/^(over|more than|at least|approximately|approx\.?|about|around|c\.|circa|almost|nearly|just under)?\s*([\d,]+(?:\.\d+)?|[a-z]+)\+?$/i);
  if (!match) return undefined;
  const number = match[2].toLowerCase();
  const value = /^[\d,.]+$/.test(number) ? Number(number.replace(/,/g, '')) : WORD_VALUES.get(number);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const word = (match[1] ?? '').toLowerCase();
  const qualifier = /^(over|more than|at least)$/.test(word) || statedAs.endsWith('+')
    ? ValueQualifier.AT_LEAST
    : /^(almost|nearly|just under)$/.test(word)
      ? ValueQualifier.ALMOST
      : word
        ? ValueQualifier.APPROXIMATELY
        : ValueQualifier.EXACT;
  return { value, qualifier, statedAs };
}

/** Splits on commas outside parentheses, keeping each field's place in the line (quotes are cut from the page). */
function fields(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';' || c === '|') && depth === 0) {
      push(i);
      // ";" and "|" always end a contact: an empty field marks it as ", ," does.
      if (c !== ',') out.push({ text: '', start: i, end: i });
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

const EMAIL = /^(?:e-?mail:?\s*)?([^\s@]+@[^\s@]+\.[a-z]{2,})$/i;
const PHONE = /^(?:(?:tel|phone|telephone|t)\.?:?\s*)?(\+?[\d\s()-]{7,})$/i;
/** "Jane Doe and John Smith": two people sharing what follows them. */
const TWO_NAMES = /^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:and|&)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$/;

const JOB_TITLE = /\b(?:officer|manager|director|co-?ordinator|worker|chair(?:person)?|secretary|administrator|head|advis[eo]r|assistant|executive|lead)\b/i;
const ORGANISATION_WORD =
  /\b(?:trust|council|association|partnership|ltd|limited|plc|cic|centre|center|college|university|consortium|network|forum|group|services?|agency|project|society|foundation|company|housing|organisations?|office|department|authority|board|enterprises?|alliance|federation|institute|school|church|charity)\b/i;
const PERSON = /^(?:(?:mr|mrs|ms|miss|dr|prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;
const looksLikePerson = (text: string) => PERSON.test(text) && !ORGANISATION_WORD.test(text) && !JOB_TITLE.test(text);

/**
 * "Christine Cameron, PAVO, Alison Thomas, PAVO": without an empty field between them, a new contact
 * starts where a person's name follows what is not one (only in groups of four fields or more, where
 * one person's details rarely hold a second name).
 */
function splitPeople<F extends { text: string }>(group: F[]): F[][] {
  if (group.length < 4) return [group];
  const out: F[][] = [[group[0]]];
  for (let i = 1; i < group.length; i++) {
    if (i >= 2 && looksLikePerson(group[i].text) && !looksLikePerson(group[i - 1].text) && out[out.length - 1].length >= 2) out.push([group[i]]);
    else out[out.length - 1].push(group[i]);
  }
  return out;
}

/** "PAVO (Powys Association of Voluntary Organisations)" or "Powys Association ... (PAVO)". */
function organisationName(text: string): { name: string; acronym?: string } {
  let m = text.match(/^([A-Z][A-Z0-9&]{1,11})\s*\((.+)\)$/);
  if (m) return { name: m[2].trim(), acronym: m[1] };
  m = text.match(/^(.+?)\s*\(([A-Z][A-Z0-9&]{1,11})\)$/);
  if (m) return { name: m[1].trim(), acronym: m[2] };
  return { name: text };
}

const GENERIC_NAMES = /^(?:the|this|that|it|its|our|their|dp|development partnership|partnership|project|round|equal|work|partners?)$/i;
const NAME = "[A-Z][\\w'’&-]*(?:\\s+(?:of|and|for|the|in|on|&|[A-Z][\\w'’&-]*))*";

/** A Round One predecessor named in the prose: "The Learning Kitchen in Round One ...", "its Round One predecessor, the X, ...". */
export function roundOnePredecessor(text: string): { name: string; sentence: string } | undefined {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
  const patterns = [
    new RegExp(`(?:^|\\b[Tt]he\\s+|[“"])(${NAME})[”"]?\\s+(?:in|during|from|of)\\s+Round\\s+(?:One|1)\\b`),
    new RegExp(`Round\\s+(?:One|1)\\s+(?:predecessor|Development\\s+Partnership|DP|partnership|project)\\s*,?\\s*(?:(?:was\\s+)?(?:called|named|known\\s+as)\\s+)?(?:the\\s+)?[“"]?(${NAME})`),
    new RegExp(`Round\\s+(?:One|1)\\s*,?\\s+(?:the|this|our|its?)\\s*(?:DP|Development\\s+Partnership|partnership|project)?\\s+(?:was\\s+)?(?:called|named|known\\s+as|ran\\s+as)\\s+(?:the\\s+)?[“"]?(${NAME})`),
    new RegExp(`(?:predecessor|previous|earlier)\\s+(?:Development\\s+Partnership|DP|partnership|project)\\s*,?\\s*(?:(?:called|named|known\\s+as)\\s+)?(?:the\\s+)?[“"]?(${NAME})`),
  ];
  for (const sentence of sentences) {
    for (const re of patterns) {
      const m = sentence.match(re);
      if (!m) continue;
      const name = m[1].replace(/^the\s+/i, '').replace(/\s+(?:in|of|and|for|the|on|&)$/i, '').trim();
      if (!GENERIC_NAMES.test(name) && !/^(?:Round|Equal)\b/.test(name)) return { name, sentence };
    }
  }
  return undefined;
}

/** Splits the page into its sections, headings recognised in any order, case or spacing. */
function splitPage(text: string): { title?: Line; before: Line[]; blocks: Block[] } {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  raw.forEach((t, i) => {
    // An image's alt text glued to the next heading ("man on a scooterBackground").
    const glued = t.trim().match(/^(.*[a-z])(Background|Aims|Objectives|Activities|Origins|Achievements|Description)$/);
    if (glued && !sectionOf(t)) {
      lines.push({ n: i + 1, text: glued[1] }, { n: i + 1, text: '' }, { n: i + 1, text: glued[2] });
    } else lines.push({ n: i + 1, text: t });
  });
  // The title is the line before the "Partnership information" tab, else the first line that is neither furniture nor a heading.
  const tab = lines.findIndex((l) => /^partnership information$/i.test(clean(l.text)));
  let titleAt = -1;
  if (tab > 0) {
    for (let i = tab - 1; i >= 0 && titleAt < 0; i--) if (!isBlank(lines[i].text)) titleAt = i;
  } else {
    // The title comes before the first heading: a page opening with a section has none.
    const first = lines.findIndex((l) => !isBlank(l.text) && !isChromeLine(l.text));
    titleAt = first >= 0 && !sectionOf(lines[first].text) && !isChromeHeading(lines[first].text) ? first : -1;
  }
  const before = titleAt > 0 ? lines.slice(0, titleAt) : [];
  const blocks: Block[] = [];
  let current: Block | undefined;
  let inScatter = false;
  for (const line of lines.slice(titleAt + 1)) {
    const t = clean(line.text);
    // Site furniture between sections ("Move the mouse over the scatter plots ...") is no content.
    if (isChromeLine(t) && !sectionOf(t)) continue;
    const section = sectionOf(t) ?? (/^[^:]{3,40}:\s*\S/.test(t) && !BULLET.test(t) ? sectionOf(t.split(':')[0]) : undefined);
    if (section && !(inScatter && CELL_HEADING.test(t))) {
      const sameLine = sectionOf(t) ? '' : t.slice(t.indexOf(':') + 1).trim();
      current = { section, heading: line, headingText: sameLine ? t : t.replace(/:$/, ''), lines: sameLine ? [{ n: line.n, text: sameLine }] : [] };
      blocks.push(current);
      inScatter = section === 'Scatter plot';
    } else if (isChromeHeading(t)) {
      current = { section: 'CHROME', heading: line, headingText: t, lines: [] };
      blocks.push(current);
      inScatter = false;
    } else if (current) current.lines.push(line);
    else blocks.push((current = { section: 'CHROME', heading: line, headingText: '', lines: [line] }));
  }
  return { title: titleAt >= 0 ? lines[titleAt] : undefined, before, blocks };
}

/** Parses one profile page; throws ProfilePageError when the text is not a profile page at all. */
export function parseProfilePage(text: string, options: ProfilePageOptions): ProfilePageParse {
  if (typeof text !== 'string' || isBlank(text)) throw new ProfilePageError('the page is empty');
  // PostgreSQL text cannot hold NUL; such a file is not a page's text.
  if (text.includes('\u0000')) throw new ProfilePageError('the page holds NUL characters: not a text file');
  const { title, before, blocks } = splitPage(text);
  if (!title) throw new ProfilePageError('no title found: the page has no line naming the partnership');
  if (!blocks.some((b) => b.section !== 'CHROME')) {
    throw new ProfilePageError(`not an EQUAL profile page: none of its sections (${PROFILE_SECTIONS.join(', ')}) was found`);
  }
  const unplaced: UnplacedText[] = [];
  const warnings: string[] = [];
  const place = (line: Line, reason: string, section?: string) => {
    if (!isBlank(line.text)) unplaced.push({ line: line.n, ...(section ? { section } : {}), text: clean(line.text), reason });
  };
  for (const line of before) if (!isChromeLine(line.text)) place(line, 'before the title');

  // Sections in page order; a repeated heading's text is reported (joining the two would quote text the page never has in one place).
  const bySection = new Map<ProfileSection, Block>();
  for (const block of blocks) {
    if (block.section === 'CHROME') {
      for (const line of block.lines) if (!isChromeLine(line.text)) place(line, `under "${block.headingText || 'no heading'}", which is not a profile section`);
      continue;
    }
    if (bySection.has(block.section)) block.lines.forEach((l) => place(l, `a second "${block.section}" section`, block.section));
    else bySection.set(block.section, block);
  }
  const sections = Object.fromEntries(PROFILE_SECTIONS.map((s) => [s, 'NOT_STATED'])) as Record<ProfileSection, SectionState>;
  for (const [name, block] of bySection) {
    const content = clean(block.lines.map((l) => l.text).join(' '));
    sections[name] = !content || NONE.test(content) ? 'NONE_LISTED' : UNSTATED.test(content) ? 'NOT_STATED' : 'STATED';
  }
  const stated = (name: ProfileSection) => (sections[name] === 'STATED' ? bySection.get(name) : undefined);
  // A heading with nothing under it lists none (an empty list in the document); "not stated" leaves the list out.
  const present = (name: ProfileSection) => (sections[name] === 'NOT_STATED' ? undefined : bySection.get(name));

  const name = clean(title.text);
  if (name.length > 500) throw new ProfilePageError(`the title (line ${title.n}) is ${name.length} characters long: not a partnership's name`);
  const slug = options.slug ?? slugify(name);
  if (!slug) throw new ProfilePageError(`the title "${name}" gives no slug: choose one (--slug)`);
  if (!Key.safeParse(slug).success) throw new ProfilePageError(`the slug "${slug}" is not a key: lowercase letters and digits joined by - . or /`);
  const documentKey = slugify(options.fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, ''), 120) || 'profile-page';
  const src = (quote: string, section?: string) => ({ document: documentKey, ...(section ? { section } : {}), quote });
  const normalisedPage = clean(text);

  const labels = (scheme: ConceptScheme) => {
    const byLabel = new Map<string, string>();
    for (const c of options.concepts ?? []) {
      if (c.scheme !== scheme) continue;
      for (const label of [...Object.values(c.prefLabel), ...Object.values(c.altLabels ?? {}).flat()]) {
        byLabel.set(clean(label).toLowerCase(), c.code);
      }
    }
    return byLabel;
  };
  const populationLabels = labels(ConceptScheme.POPULATION);
  const conceptsFor = (label: string) => {
    const code = populationLabels.get(clean(label).toLowerCase());
    return code ? [code] : [];
  };

  const fieldSources: Partial<Record<PartnershipField, ReturnType<typeof src>>> = {};
  const partnership: InterchangeDocument['partnership'] = {
    slug,
    name,
    programme: Programme.EQUAL,
    source: src(name),
    fieldSources,
  };
  // "Black Country Communities in the Lead (LEAD)": the acronym the page gives its name.
  const acronym = normalisedPage.match(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(([A-Z][A-Za-z0-9&]{1,11})\\)`));
  if (acronym) {
    partnership.acronym = acronym[1];
    partnership.source = src(acronym[0]);
    const where = [...bySection.values()].find((b) => clean(b.lines.map((l) => l.text).join(' ')).includes(acronym[0]));
    fieldSources.NAME = src(acronym[0], where?.section as ProfileSection | undefined);
  } else fieldSources.NAME = src(name);

  const document: InterchangeDocument = {
    formatVersion: 1,
    documents: [],
    partnership,
  };
  const illustrations: NonNullable<InterchangeDocument['illustrations']> = [];
  const captions: Array<{ caption: string; section: ProfileSection; quote: string }> = [];

  // Narrative sections: paragraphs joined by a blank line; a leading picture caption is an illustration.
  const narrative = (section: ProfileSection, field: PartnershipField, set: (text: string) => void) => {
    const block = stated(section);
    if (!block) return undefined;
    let paras = paragraphs(block.lines);
    if (paras.length > 1 && looksLikeCaption(paras[0])) {
      captions.push({ caption: paras[0].text, section, quote: paras[0].text });
      paras = paras.slice(1);
    }
    // A heading this parser does not know ("Funding") ends the narrative: what follows is not the section's.
    const unknown = paras.findIndex((p, i) => i > 0 && i < paras.length - 1 && looksLikeHeading(p));
    if (unknown > 0) {
      for (const p of paras.slice(unknown)) p.lines.forEach((l) => place(l, `under "${paras[unknown].text}", which is not a profile section`, section));
      paras = paras.slice(0, unknown);
    }
    const body = paras.map((p) => p.text).join('\n\n');
    if (body.length > 20_000) {
      block.lines.forEach((l) => place(l, 'longer than a narrative field holds (20,000 characters)', section));
      return undefined;
    }
    set(body);
    fieldSources[field] = src(body, section);
    return body;
  };

  const description = stated('Description');
  if (description) {
    const text: string[] = [];
    for (const p of paragraphs(description.lines)) {
      if (looksLikeCaption(p)) captions.push({ caption: p.text, section: 'Description', quote: p.text });
      else text.push(p.text);
    }
    if (text.length) {
      partnership.description = text.join('\n\n');
      fieldSources.DESCRIPTION = src(partnership.description, 'Description');
    }
  }
  narrative('Background', PartnershipField.BACKGROUND, (t) => (partnership.background = t));
  narrative('Aims', PartnershipField.AIMS, (t) => (partnership.aims = t));
  narrative('Origins', PartnershipField.ORIGINS, (t) => (partnership.origins = t));
  narrative('Intended impact/ sustainability', PartnershipField.INTENDED_IMPACT, (t) => (partnership.intendedImpact = t));
  const history = narrative('Round 1 to Round 2', PartnershipField.ROUND_ONE_HISTORY, (t) => (partnership.roundOneHistory = t));

  // Round, theme: a value under (or beside) the heading, quoted with it.
  const valueOf = (section: ProfileSection) => {
    const block = stated(section);
    if (!block) return undefined;
    const [first, ...rest] = paragraphs(block.lines);
    rest.forEach((p) => p.lines.forEach((l) => place(l, `${section} holds one value`, section)));
    const sameLine = block.lines[0]?.n === block.heading.n;
    return { value: first.text, line: first.lines[0], quote: sameLine ? clean(block.heading.text) : `${block.headingText}\n\n${first.raw}` };
  };
  const round = valueOf('Round');
  if (round) {
    const m = round.value.match(/^(?:round\s*)?(\d|one|two|three)\.?$/i);
    const n = m ? (/^\d$/.test(m[1]) ? Number(m[1]) : WORD_VALUES.get(m[1].toLowerCase())) : undefined;
    if (n && n >= 1 && n <= 9) {
      partnership.round = n;
      fieldSources.ROUND = src(round.quote, 'Round');
    } else place(round.line, 'not a round number', 'Round');
  }
  const theme = valueOf('Equal theme');
  if (theme && theme.value.length <= 500) {
    partnership.theme = theme.value;
    fieldSources.THEME = src(theme.quote, 'Equal theme');
    fieldSources.PROGRAMME = src(theme.quote, 'Equal theme');
    const themeCode = labels(ConceptScheme.THEME).get(theme.value.toLowerCase());
    if (themeCode) partnership.themeConcept = themeCode;
  } else if (theme) place(theme.line, 'too long for a theme', 'Equal theme');

  const endDates = stated('End-dates');
  if (endDates) {
    const quoted: Line[] = [];
    for (const line of endDates.lines) {
      if (isBlank(line.text)) continue;
      const m = clean(line.text).match(/^action\s*([23])\s*[:\-–]?\s*(.+)$/i);
      const date = m ? parseDate(m[2]) : undefined;
      if (!m || !date) {
        place(line, m ? 'not a date' : 'not an "Action 2:" or "Action 3:" end date', 'End-dates');
        continue;
      }
      const field = m[1] === '2' ? PartnershipField.ACTION_2_END_DATE : PartnershipField.ACTION_3_END_DATE;
      if (fieldSources[field]) {
        place(line, `a second Action ${m[1]} end date`, 'End-dates');
        continue;
      }
      if (m[1] === '2') partnership.action2EndDate = date;
      else partnership.action3EndDate = date;
      fieldSources[field] = src(clean(line.text), 'End-dates');
      quoted.push(line);
    }
    const last = partnership.action3EndDate ?? partnership.action2EndDate;
    if (last && options.asOf) {
      partnership.status = last < options.asOf ? PartnershipStatus.COMPLETED : PartnershipStatus.ACTIVE;
      // Both dates when they stand together (one passage); else the one the status follows.
      const together = quoted.every((l, i) => i === 0 || l.n === quoted[i - 1].n + 1);
      const deciding = fieldSources[partnership.action3EndDate ? PartnershipField.ACTION_3_END_DATE : PartnershipField.ACTION_2_END_DATE]!;
      fieldSources.STATUS = together ? src(quoted.map((l) => clean(l.text)).join('\n'), 'End-dates') : { ...deciding };
    }
    if (partnership.action2EndDate && partnership.action3EndDate && partnership.action3EndDate < partnership.action2EndDate) {
      warnings.push(`End-dates: Action 3 (${partnership.action3EndDate}) ends before Action 2 (${partnership.action2EndDate})`);
    }
  }

  // Ordered lists: bullet items, a line without a bullet continuing the item above it.
  const listItems = (section: ProfileSection) => {
    const block = present(section);
    if (!block) return undefined;
    if (sections[section] === 'NONE_LISTED') return [];
    const hasBullets = block.lines.some((l) => BULLET.test(l.text.trim()));
    const items: Array<{ text: string; line: Line }> = [];
    // A line continues an item only right under it (the quote must stay one passage of the page).
    let continues = false;
    for (const line of block.lines) {
      const t = line.text.trim();
      if (isBlank(t)) {
        continues = false;
        continue;
      }
      const bullet = t.match(BULLET);
      if (bullet && clean(bullet[1])) items.push({ text: clean(bullet[1]), line });
      else if (!hasBullets) items.push({ text: clean(t), line });
      else if (continues) items[items.length - 1].text += ` ${clean(t)}`;
      else {
        place(line, `not an item of the ${section} list`, section);
        continues = false;
        continue;
      }
      continues = true;
    }
    return items;
  };
  const ordered = (section: ProfileSection, prefix: string) =>
    listItems(section)?.map((item, i) => ({ key: `${prefix}-${i + 1}`, text: item.text, source: src(item.text, section) }));
  const objectives = ordered('Objectives', 'objective');
  if (objectives) document.objectives = objectives;
  const activities = ordered('Activities', 'activity');
  if (activities) document.activities = activities;

  const groups = (section: ProfileSection, prefix: string, items: Array<{ text: string; line: Line }> | undefined) => {
    if (!items) return undefined;
    const key = uniqueKeys();
    return items.flatMap(({ text: label, line }) => {
      if (label.length > 500) return place(line, 'too long for a group label', section), [];
      const words = slugify(label.replace(/\([^)]*\)/g, ' '));
      return [{ key: key(words ? `${prefix}-${words}` : prefix), label, concepts: conceptsFor(label), source: src(label, section) }];
    });
  };
  const targetGroups = groups('Target Groups', 'tg', listItems('Target Groups'));
  if (targetGroups) document.targetGroups = targetGroups;

  // Beneficiaries: categories separated by commas (or one a line), and "Total beneficiaries: N".
  const beneficiaries = present('Beneficiaries');
  if (beneficiaries) {
    const items: Array<{ text: string; line: Line }> = [];
    for (const line of sections.Beneficiaries === 'STATED' ? beneficiaries.lines : []) {
      const t = clean(line.text);
      if (!t) continue;
      const total = t.match(/^total(?:\s+number\s+of)?\s+beneficiaries\s*[:\-–]?\s*(.+)$/i);
      if (total) {
        const figure = parseFigure(total[1]);
        if (!figure) {
          place(line, 'not a number of beneficiaries', 'Beneficiaries');
          continue;
        }
        const metric = `${slug}/total-beneficiaries`;
        document.metrics = [
          { key: metric, label: 'Total beneficiaries', unit: MeasurementUnit.COUNT, countOf: CountOf.PEOPLE, description: 'Total number of beneficiaries of the partnership.' },
        ];
        document.observations = [
          {
            key: 'total-beneficiaries',
            metric,
            ...figure,
            subject: 'beneficiaries',
            scope: ObservationScope.PARTNERSHIP,
            nature: ObservationNature.REPORTED,
            source: src(t, 'Beneficiaries'),
          },
        ];
        continue;
      }
      const bullet = t.match(BULLET);
      for (const f of fields(bullet ? bullet[1] : t)) if (f.text) items.push({ text: f.text, line });
    }
    document.beneficiaryCategories = groups('Beneficiaries', 'ben', items) ?? [];
  }

  // Contacts: "Name, Organisation" groups; several on a line are separated by an empty field (", ,"), ";" or "|".
  const contactBlock = present('Contact');
  if (contactBlock) {
    const contacts: NonNullable<InterchangeDocument['contacts']> = [];
    const organisations = new Map<string, NonNullable<InterchangeDocument['organisations']>[number]>();
    for (const line of sections.Contact === 'STATED' ? contactBlock.lines : []) {
      if (isBlank(line.text)) continue;
      const text = line.text.trim();
      const groupsOnLine: Array<Array<{ text: string; start: number; end: number }>> = [[]];
      for (const f of fields(text)) {
        if (f.text) groupsOnLine[groupsOnLine.length - 1].push(f);
        else if (groupsOnLine[groupsOnLine.length - 1].length) groupsOnLine.push([]);
      }
      for (const group of groupsOnLine.filter((g) => g.length).flatMap(splitPeople)) {
        const quote = text.slice(group[0].start, group[group.length - 1].end);
        const who = group[0].text;
        let email: string | undefined;
        let phone: string | undefined;
        let jobTitle: string | undefined;
        const orgFields: typeof group = [];
        for (const field of group.slice(1)) {
          // The format's own e-mail rule decides, so an address kept is one the importer takes.
          const address = field.text.match(EMAIL)?.[1];
          const p = field.text.match(PHONE);
          if (address && z.email().safeParse(address).success) email = address;
          else if (p && /\d{5,}/.test(p[1].replace(/\D/g, ''))) phone = p[1].trim();
          else if (!jobTitle && !orgFields.length && JOB_TITLE.test(field.text) && field.text.length <= 500) jobTitle = field.text;
          else orgFields.push(field);
        }
        let organisation: string | undefined;
        if (orgFields.length) {
          const orgQuote = text.slice(orgFields[0].start, orgFields[orgFields.length - 1].end);
          const { name: orgName, acronym: orgAcronym } = organisationName(orgFields.map((f) => f.text).join(', '));
          organisation = slugify(orgAcronym ?? orgName);
          if (orgName.length > 500 || !organisation) {
            place(line, 'organisation name too long', 'Contact');
            organisation = undefined;
          } else if (!organisations.has(organisation)) {
            organisations.set(organisation, {
              key: organisation,
              name: orgName,
              ...(orgAcronym ? { acronym: orgAcronym } : {}),
              source: src(orgQuote, 'Contact'),
            });
          }
        }
        const two = who.match(TWO_NAMES);
        for (const person of two ? [two[1], two[2]] : [who]) {
          if (person.length > 500 || EMAIL.test(person)) {
            place(line, 'not a contact name', 'Contact');
            continue;
          }
          contacts.push({
            key: `contact-${contacts.length + 1}`,
            name: person,
            ...(organisation ? { organisation } : {}),
            ...(jobTitle ? { jobTitle } : {}),
            ...(email ? { email } : {}),
            ...(phone ? { phone } : {}),
            source: src(quote, 'Contact'),
          });
        }
      }
    }
    document.contacts = contacts;
    if (organisations.size) document.organisations = [...organisations.values()];
  }

  const transnational = listItems('Transnational partnerships');
  if (transnational) {
    const key = uniqueKeys();
    document.transnationalPartnerships = transnational.flatMap(({ text: tnName, line }) =>
      tnName.length > 500 ? (place(line, 'too long for a name', 'Transnational partnerships'), []) : [{ key: key(slugify(tnName)), name: tnName, source: src(tnName, 'Transnational partnerships') }],
    );
  }

  // Achievements: "Title:" then its narrative; a caption just before a title is the picture illustrating it.
  const achievementsBlock = present('Achievements');
  if (achievementsBlock) {
    const achievements: NonNullable<InterchangeDocument['achievements']> = [];
    const key = uniqueKeys();
    const paras = sections.Achievements === 'STATED' ? paragraphs(achievementsBlock.lines) : [];
    let current: { title: string; body: Paragraph[] } | undefined;
    const flush = () => {
      if (!current) return;
      if (current.body.length) {
        const narrativeText = current.body.map((p) => p.text).join('\n\n');
        achievements.push({
          key: key(slugify(current.title)),
          title: current.title,
          narrative: narrativeText,
          source: src(narrativeText, `Achievements > ${current.title}`),
        });
      } else warnings.push(`Achievements: "${current.title}" has no text`);
      current = undefined;
    };
    paras.forEach((p, i) => {
      const isTitle = (q?: Paragraph) => !!q && q.lines.length === 1 && /\S\s*:$/.test(q.text) && q.text.length <= 200;
      if (isTitle(p)) {
        flush();
        current = { title: p.text.replace(/:$/, '').trim(), body: [] };
      } else if (looksLikeCaption(p) && isTitle(paras[i + 1])) {
        captions.push({ caption: p.text, section: 'Achievements', quote: `${p.raw}\n\n${paras[i + 1].raw}` });
      } else if (current) current.body.push(p);
      else p.lines.forEach((l) => place(l, 'achievement text without a "Title:" line', 'Achievements'));
    });
    flush();
    document.achievements = achievements;
  }

  // Scatter plot: the grid of marked cells, then one paragraph (or more) per "Dimension/Level" cell.
  const scatter = present('Scatter plot');
  if (scatter) {
    const innovations: NonNullable<InterchangeDocument['innovations']> = [];
    const marks = new Map<string, number>();
    let cell: { dimension: InnovationDimension; level: InnovationLevel; heading: string; body: Paragraph[]; lines: Line[] } | undefined;
    const cells: Array<NonNullable<typeof cell>> = [];
    for (const line of sections['Scatter plot'] === 'STATED' ? scatter.lines : []) {
      const t = clean(line.text);
      const head = t.match(CELL_HEADING);
      const grid = t.match(GRID_ROW);
      if (head) {
        cell = {
          dimension: head[1].toUpperCase() as InnovationDimension,
          level: head[2].toUpperCase() as InnovationLevel,
          heading: `${head[1][0].toUpperCase()}${head[1].slice(1).toLowerCase()}/${head[2][0].toUpperCase()}${head[2].slice(1).toLowerCase()}`,
          body: [],
          lines: [],
        };
        cells.push(cell);
      } else if (cell) cell.lines.push(line);
      else if (grid) marks.set(grid[1].toUpperCase(), (grid[2].match(/x/gi) ?? []).length);
      else if (!GRID_AXIS.test(t) && t) place(line, 'neither a row of the scatter grid nor a cell', 'Scatter plot');
    }
    const key = uniqueKeys();
    for (const c of cells) {
      const body = paragraphs(c.lines);
      const section = `Scatter plot > ${c.heading}`;
      if (!body.length) {
        warnings.push(`${section} has no text`);
        continue;
      }
      const descriptionText = body.map((p) => p.text).join('\n\n');
      innovations.push({ key: key(`${c.dimension}-${c.level}`.toLowerCase()), dimension: c.dimension, level: c.level, description: descriptionText, source: src(descriptionText, section) });
    }
    for (const [dimension, count] of marks) {
      const described = innovations.filter((n) => n.dimension === dimension).length;
      if (count !== described) warnings.push(`Scatter plot: the grid marks ${count} cell(s) for ${dimension}, the page describes ${described}`);
    }
    document.innovations = innovations;
  }

  // A Round One predecessor named in the prose becomes a project, quoted from the section.
  let predecessor: string | undefined;
  if (history) {
    const found = roundOnePredecessor(history);
    if (found && found.name.length <= 500) {
      predecessor = found.name;
      const others = history
        .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
        .filter((s) => s !== found.sentence)
        .join(' ');
      document.projects = [
        {
          key: slugify(found.name),
          name: found.name,
          kind: ProjectKind.PROJECT,
          summary: found.sentence,
          ...(others ? { whatChanged: others } : {}),
          source: src(history, 'Round 1 to Round 2'),
        },
      ];
    }
  }

  // Pictures: key from the caption, numbered when the same caption recurs.
  const baseOf = (caption: string) => slugify(caption) || 'picture';
  const repeated = new Map<string, number>();
  for (const c of captions) repeated.set(baseOf(c.caption), (repeated.get(baseOf(c.caption)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const illustrationKey = uniqueKeys();
  for (const c of captions) {
    const base = baseOf(c.caption);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    illustrations.push({ key: illustrationKey((repeated.get(base) ?? 0) > 1 ? `${base}-${n}` : base), caption: c.caption, section: c.section, source: src(c.quote, c.section) });
  }
  if (illustrations.length) document.illustrations = illustrations;

  const round2 = partnership.round ? `Round ${partnership.round}` : undefined;
  const themed = partnership.theme ? `theme ${partnership.theme}` : undefined;
  const about = [round2, themed].filter(Boolean).join(', ');
  document.documents = [
    {
      key: documentKey,
      fileName: options.fileName.replace(/^.*[\\/]/, ''),
      title: name,
      kind: SourceDocumentKind.PROFILE_PAGE,
      description: `EQUAL Development Partnership profile page${about ? ` (${about})` : ''}`,
      language: 'en',
    },
  ];
  // Keys in the order the format lists them, so the output reads like the hand-made files.
  const order = ['$schema', 'formatVersion', 'documents', 'organisations', 'partnership', 'memberships', 'contacts', 'objectives', 'activities', 'targetGroups', 'beneficiaryCategories', 'projects', 'achievements', 'testimonials', 'innovations', 'reports', 'progressNotes', 'transnationalPartnerships', 'illustrations', 'metrics', 'observations'];
  const sorted = Object.fromEntries(order.filter((k) => k in document).map((k) => [k, (document as Record<string, unknown>)[k]])) as InterchangeDocument;
  unplaced.sort((a, b) => a.line - b.line);
  return { document: sorted, sections, unplaced, warnings, ...(predecessor ? { predecessor } : {}) };
}
