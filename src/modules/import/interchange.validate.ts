import { z } from 'zod';
import { NUMBER_WORDS } from '../../access/text-masks';
import { ConceptScheme } from '../taxonomy/concept.enum';
import { PartnershipFile, ReferenceFile, SourceRef } from './interchange.schema';

/** One thing wrong with an interchange file, located by a JSON path. */
export interface InterchangeProblem {
  path: string;
  message: string;
}

export class InterchangeError extends Error {
  constructor(
    readonly file: string,
    readonly problems: InterchangeProblem[],
  ) {
    super(
      `${file}: ${problems.length} problem(s) in the interchange file:\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${p.path || '(root)'}: ${p.message}`)
          .join('\n'),
    );
    this.name = 'InterchangeError';
  }
}

/** Whitespace differs between copies of a page (line wraps, non-breaking spaces); words do not. */
export function normaliseText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

function zodProblems(error: z.ZodError): InterchangeProblem[] {
  return error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
}

export function parseReferenceFile(name: string, raw: unknown): ReferenceFile {
  const parsed = ReferenceFile.safeParse(raw);
  if (!parsed.success) throw new InterchangeError(name, zodProblems(parsed.error));
  const problems: InterchangeProblem[] = [];
  const keys = new Set<string>();
  parsed.data.places.forEach((place, i) => {
    if (keys.has(place.key)) problems.push({ path: `places[${i}].key`, message: `duplicate key "${place.key}"` });
    keys.add(place.key);
  });
  parsed.data.places.forEach((place, i) => {
    if (place.parent && !keys.has(place.parent)) {
      problems.push({ path: `places[${i}].parent`, message: `unknown place "${place.parent}"` });
    }
  });
  problems.push(...conceptProblems(parsed.data.concepts));
  if (problems.length) throw new InterchangeError(name, problems);
  return parsed.data;
}

/** Concept codes unique, broader concepts known and in the same scheme, no cycles. */
function conceptProblems(concepts: ReferenceFile['concepts']): InterchangeProblem[] {
  const problems: InterchangeProblem[] = [];
  const byCode = new Map<string, ReferenceFile['concepts'][number]>();
  concepts.forEach((concept, i) => {
    if (byCode.has(concept.code)) problems.push({ path: `concepts[${i}].code`, message: `duplicate concept code "${concept.code}"` });
    byCode.set(concept.code, concept);
  });
  concepts.forEach((concept, i) => {
    if (!concept.broader) return;
    const broader = byCode.get(concept.broader);
    if (!broader) return problems.push({ path: `concepts[${i}].broader`, message: `unknown concept "${concept.broader}"` });
    if (broader.scheme !== concept.scheme) {
      return problems.push({
        path: `concepts[${i}].broader`,
        message: `"${concept.broader}" is a ${broader.scheme} concept; a ${concept.scheme} concept's broader concept is in its own scheme`,
      });
    }
    const seen = new Set([concept.code]);
    let up: ReferenceFile['concepts'][number] | undefined = broader;
    while (up) {
      if (seen.has(up.code)) return problems.push({ path: `concepts[${i}].broader`, message: `the broader chain of "${concept.code}" has a cycle` });
      seen.add(up.code);
      up = up.broader ? byCode.get(up.broader) : undefined;
    }
  });
  return problems;
}

export interface ValidationContext {
  /** Full text of a source document, by its file name; undefined when the file is missing. */
  readDocumentText(fileName: string): string | undefined;
  /** Place keys known from the reference data. */
  placeKeys: ReadonlySet<string>;
  /** Partnership slugs known to the hub besides the one in this file (for transnational members). */
  partnershipSlugs?: ReadonlySet<string>;
  /** Taxonomy concepts known from the reference data: code -> scheme. */
  concepts?: ReadonlyMap<string, ConceptScheme>;
}

/**
 * Parses an interchange file and checks what a JSON schema cannot: keys unique per kind, every
 * reference resolves, and every provenance quote stands verbatim in its document.
 */
export function parsePartnershipFile(name: string, raw: unknown, ctx: ValidationContext): PartnershipFile {
  const parsed = PartnershipFile.safeParse(raw);
  if (!parsed.success) throw new InterchangeError(name, zodProblems(parsed.error));
  const file = parsed.data;
  const problems: InterchangeProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });

  const keysOf = (kind: string, items: ReadonlyArray<{ key: string }>, path = kind): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) problem(`${path}[${i}].key`, `duplicate ${kind} key "${item.key}"`);
      seen.add(item.key);
    });
    return seen;
  };
  const expectKey = (keys: ReadonlySet<string>, kind: string, key: string | undefined, path: string) => {
    if (key !== undefined && !keys.has(key)) problem(path, `unknown ${kind} "${key}"`);
  };

  const documentTexts = new Map<string, string>();
  file.documents.forEach((doc, i) => {
    const text = ctx.readDocumentText(doc.fileName);
    if (text === undefined) problem(`documents[${i}].fileName`, `no source file "${doc.fileName}"`);
    else documentTexts.set(doc.key, normaliseText(text));
  });
  const documents = keysOf('document', file.documents, 'documents');
  const organisations = keysOf('organisation', file.organisations, 'organisations');
  const objectives = keysOf('objective', file.objectives, 'objectives');
  const projects = keysOf('project', file.projects, 'projects');
  const reports = keysOf('report', file.reports, 'reports');
  const metrics = keysOf('metric', file.metrics, 'metrics');
  const observations = keysOf('observation', file.observations, 'observations');
  keysOf('contact', file.contacts, 'contacts');
  keysOf('activity', file.activities, 'activities');
  keysOf('target group', file.targetGroups, 'targetGroups');
  keysOf('beneficiary category', file.beneficiaryCategories, 'beneficiaryCategories');
  keysOf('achievement', file.achievements, 'achievements');
  keysOf('testimonial', file.testimonials, 'testimonials');
  keysOf('innovation', file.innovations, 'innovations');
  keysOf('progress note', file.progressNotes, 'progressNotes');
  keysOf('illustration', file.illustrations, 'illustrations');
  keysOf('transnational partnership', file.transnationalPartnerships, 'transnationalPartnerships');
  const breakdownKeys = new Set<string>(observations);
  file.observations.forEach((o, i) =>
    o.breakdown.forEach((b, j) => {
      if (breakdownKeys.has(b.key)) problem(`observations[${i}].breakdown[${j}].key`, `duplicate observation key "${b.key}"`);
      breakdownKeys.add(b.key);
    }),
  );

  const checkSource = (source: SourceRef, path: string) => {
    if (!documents.has(source.document)) return problem(`${path}.document`, `unknown document "${source.document}"`);
    const text = documentTexts.get(source.document);
    if (text !== undefined && !text.includes(normaliseText(source.quote))) {
      problem(`${path}.quote`, `not found verbatim in document "${source.document}": "${source.quote.slice(0, 80)}"`);
    }
  };
  const partnershipSlugs = new Set([file.partnership.slug, ...(ctx.partnershipSlugs ?? [])]);

  file.organisations.forEach((o, i) => {
    expectKey(ctx.placeKeys, 'place', o.place, `organisations[${i}].place`);
    checkSource(o.source, `organisations[${i}].source`);
  });
  const p = file.partnership;
  checkSource(p.source, 'partnership.source');
  for (const [field, source] of Object.entries(p.fieldSources)) {
    if (source) checkSource(source, `partnership.fieldSources.${field}`);
  }
  p.places.forEach((place, i) => expectKey(ctx.placeKeys, 'place', place, `partnership.places[${i}]`));
  file.memberships.forEach((m, i) => {
    expectKey(organisations, 'organisation', m.organisation, `memberships[${i}].organisation`);
    checkSource(m.source, `memberships[${i}].source`);
  });
  file.contacts.forEach((c, i) => {
    expectKey(organisations, 'organisation', c.organisation, `contacts[${i}].organisation`);
    checkSource(c.source, `contacts[${i}].source`);
  });
  file.objectives.forEach((o, i) => checkSource(o.source, `objectives[${i}].source`));
  file.activities.forEach((a, i) => {
    expectKey(projects, 'project', a.project, `activities[${i}].project`);
    checkSource(a.source, `activities[${i}].source`);
  });
  const concepts = ctx.concepts ?? new Map<string, ConceptScheme>();
  const expectConcept = (scheme: ConceptScheme, code: string | undefined, path: string) => {
    if (code === undefined) return;
    const found = concepts.get(code);
    if (!found) problem(path, `unknown concept "${code}"`);
    else if (found !== scheme) problem(path, `"${code}" is a ${found} concept, not a ${scheme} concept`);
  };
  expectConcept(ConceptScheme.THEME, p.themeConcept, 'partnership.themeConcept');
  for (const [list, groups] of [
    ['targetGroups', file.targetGroups],
    ['beneficiaryCategories', file.beneficiaryCategories],
  ] as const) {
    groups.forEach((g, i) => {
      checkSource(g.source, `${list}[${i}].source`);
      const seen = new Set<string>();
      g.concepts.forEach((code, j) => {
        if (seen.has(code)) problem(`${list}[${i}].concepts[${j}]`, `concept "${code}" is listed twice`);
        seen.add(code);
        expectConcept(ConceptScheme.POPULATION, code, `${list}[${i}].concepts[${j}]`);
      });
    });
  }
  file.projects.forEach((pr, i) => {
    checkSource(pr.source, `projects[${i}].source`);
    pr.partners.forEach((link, j) => {
      expectKey(organisations, 'organisation', link.organisation, `projects[${i}].partners[${j}].organisation`);
      checkSource(link.source, `projects[${i}].partners[${j}].source`);
    });
  });
  file.achievements.forEach((a, i) => {
    expectKey(projects, 'project', a.project, `achievements[${i}].project`);
    checkSource(a.source, `achievements[${i}].source`);
  });
  file.testimonials.forEach((t, i) => {
    expectKey(projects, 'project', t.project, `testimonials[${i}].project`);
    checkSource(t.source, `testimonials[${i}].source`);
  });
  file.innovations.forEach((n, i) => {
    expectKey(projects, 'project', n.project, `innovations[${i}].project`);
    checkSource(n.source, `innovations[${i}].source`);
  });
  file.reports.forEach((r, i) => {
    expectKey(documents, 'document', r.document, `reports[${i}].document`);
    expectKey(organisations, 'organisation', r.recipient, `reports[${i}].recipient`);
    checkSource(r.source, `reports[${i}].source`);
  });
  file.progressNotes.forEach((n, i) => {
    expectKey(reports, 'report', n.report, `progressNotes[${i}].report`);
    expectKey(objectives, 'objective', n.objective, `progressNotes[${i}].objective`);
    checkSource(n.source, `progressNotes[${i}].source`);
  });
  file.transnationalPartnerships.forEach((t, i) => {
    checkSource(t.source, `transnationalPartnerships[${i}].source`);
    keysOf('transnational member', t.members, `transnationalPartnerships[${i}].members`);
    keysOf('transnational event', t.events, `transnationalPartnerships[${i}].events`);
    t.members.forEach((m, j) => {
      const path = `transnationalPartnerships[${i}].members[${j}]`;
      expectKey(partnershipSlugs, 'partnership', m.partnership, `${path}.partnership`);
      expectKey(organisations, 'organisation', m.organisation, `${path}.organisation`);
      checkSource(m.source, `${path}.source`);
    });
    t.events.forEach((e, j) => {
      const path = `transnationalPartnerships[${i}].events[${j}]`;
      expectKey(partnershipSlugs, 'partnership', e.hostPartnership, `${path}.hostPartnership`);
      checkSource(e.source, `${path}.source`);
    });
  });
  file.illustrations.forEach((il, i) => checkSource(il.source, `illustrations[${i}].source`));
  file.observations.forEach((o, i) => {
    const path = `observations[${i}]`;
    expectKey(metrics, 'metric', o.metric, `${path}.metric`);
    expectKey(projects, 'project', o.project, `${path}.project`);
    expectKey(ctx.placeKeys, 'place', o.area, `${path}.area`);
    expectKey(observations, 'observation', o.comparator, `${path}.comparator`);
    if (o.comparator === o.key) problem(`${path}.comparator`, 'an observation cannot be its own comparator');
    if (o.scope === 'PROJECT' && !o.project) problem(`${path}.project`, 'a PROJECT-scoped figure names its project');
    if (o.breakdown.length && !o.breakdownDimension) problem(`${path}.breakdownDimension`, 'a breakdown names its dimension');
    checkSource(o.source, `${path}.source`);
    o.breakdown.forEach((b, j) => checkSource(b.source, `${path}.breakdown[${j}].source`));
    for (const [figure, at] of [[o, path], ...o.breakdown.map((b, j) => [b, `${path}.breakdown[${j}]`] as const)] as const) {
      const seen = new Set<string>();
      figure.concepts.forEach((code, k) => {
        if (seen.has(code)) problem(`${at}.concepts[${k}]`, `concept "${code}" is listed twice`);
        seen.add(code);
        expectConcept(ConceptScheme.POPULATION, code, `${at}.concepts[${k}]`);
      });
    }
  });

  // A key is shown even where its figure is withheld (and is in every export and cursor): a count
  // of people must not state its own value in it ("beneficiaries-recruited-47").
  const metricByKey = new Map(file.metrics.map((m) => [m.key, m]));
  file.observations.forEach((o, i) => {
    const metric = metricByKey.get(o.metric);
    if (!metric || metric.unit !== 'COUNT' || (metric.countOf ?? 'PEOPLE') !== 'PEOPLE' || o.scope === 'CONTEXT') return;
    [o, ...o.breakdown].forEach((figure, j) => {
      const words = new Set(figure.key.toLowerCase().split(/[-./_]+/));
      const value = String(figure.value);
      if (words.has(value) || words.has(NUMBER_WORDS_BY_VALUE[figure.value] ?? value)) {
        const path = j === 0 ? `observations[${i}].key` : `observations[${i}].breakdown[${j - 1}].key`;
        problem(path, `the key "${figure.key}" states the figure's value (${value}), which may be withheld: name what is counted instead`);
      }
    });
  });

  // Sums: a figure (a total or a breakdown item) adds up to another figure of the file, never to itself, not even round a chain.
  const sumsTo = new Map<string, string>();
  file.observations.forEach((o, i) =>
    [o, ...o.breakdown].forEach((figure, j) => {
      const path = j === 0 ? `observations[${i}].sumsTo` : `observations[${i}].breakdown[${j - 1}].sumsTo`;
      if (figure.sumsTo === undefined) return;
      expectKey(breakdownKeys, 'observation', figure.sumsTo, path);
      if (figure.sumsTo === figure.key) problem(path, 'an observation cannot add up to itself');
      else if (j > 0 && figure.sumsTo === o.key) problem(path, 'a breakdown item already adds up to its total');
      else if (j === 0 && o.breakdown.some((b) => b.key === figure.sumsTo)) problem(path, 'a total cannot add up to one of its own parts');
      else sumsTo.set(figure.key, figure.sumsTo);
    }),
  );
  for (const start of sumsTo.keys()) {
    const seen = new Set([start]);
    for (let next = sumsTo.get(start); next !== undefined; next = sumsTo.get(next)) {
      if (next === start) {
        problem(`observations`, `"${start}" adds up, through other figures, to itself`);
        break;
      }
      if (seen.has(next)) break;
      seen.add(next);
    }
  }

  checkSharing(file, problem);
  // Keys are public (they are in every export and cursor); a person's name must not be one.
  const personal: Array<[string, Array<{ key: string }>, (r: never) => Array<string | undefined>]> = [
    ['contacts', file.contacts, (c: (typeof file.contacts)[number]) => [c.name, c.jobTitle, c.email, c.phone]],
    ['testimonials', file.testimonials, (t: (typeof file.testimonials)[number]) => [t.speaker, t.referredBy]],
  ] as never;
  for (const [list, records, values] of personal) {
    records.forEach((record, i) => {
      const words = values(record as never)
        .flatMap((v) => (v ?? '').toLowerCase().split(/[^a-z0-9]+/))
        .filter((w) => w.length >= 3);
      const found = words.find((w) => record.key.split(/[-./]/).includes(w));
      if (found) problem(`${list}[${i}].key`, `the key "${record.key}" contains personal data ("${found}"): use a neutral key such as "contact-1"`);
    });
  }
  // Parts are never shared more widely than what they are part of.
  const wider = (part?: keyof typeof SHARING_RANK, whole?: keyof typeof SHARING_RANK) =>
    part !== undefined && whole !== undefined && SHARING_RANK[part] < SHARING_RANK[whole];
  file.projects.forEach((pr, i) =>
    pr.partners.forEach((link, j) => {
      if (wider(link.sharing, pr.sharing)) problem(`projects[${i}].partners[${j}].sharing`, `${link.sharing} is wider than its project's ${pr.sharing}`);
    }),
  );
  const reportSharing = new Map(file.reports.map((r) => [r.key, r.sharing]));
  file.progressNotes.forEach((n, i) => {
    const of = reportSharing.get(n.report);
    if (wider(n.sharing, of)) problem(`progressNotes[${i}].sharing`, `${n.sharing} is wider than its report's ${of}`);
  });
  file.observations.forEach((o, i) =>
    o.breakdown.forEach((b, j) => {
      if (wider(b.sharing, o.sharing)) problem(`observations[${i}].breakdown[${j}].sharing`, `${b.sharing} is wider than its total's ${o.sharing}`);
    }),
  );

  if (problems.length) throw new InterchangeError(name, problems);
  return file;
}

const SHARING_RANK = { PUBLIC: 0, PARTNERS: 1, OWNER: 2 } as const;

/** "zero" to "twenty", by value. */
const NUMBER_WORDS_BY_VALUE = ['zero', ...NUMBER_WORDS.slice(0, 20)];

/** No record may be shared more widely than its partnership. */
function checkSharing(file: PartnershipFile, problem: (path: string, message: string) => void) {
  const floor = SHARING_RANK[file.partnership.sharing ?? 'PUBLIC'];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const level = record.sharing as keyof typeof SHARING_RANK | undefined;
      if (level !== undefined && SHARING_RANK[level] < floor) {
        problem(`${path}.sharing`, `${level} is wider than the partnership's ${file.partnership.sharing ?? 'PUBLIC'}`);
      }
      for (const [key, child] of Object.entries(record)) if (key !== 'source') walk(child, path ? `${path}.${key}` : key);
    }
  };
  const { partnership: _partnership, ...records } = file;
  walk(records, '');
}
