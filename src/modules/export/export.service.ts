import type { Knex } from '@mikro-orm/postgresql';
import { fetchRows, selectRows, type ReadScope } from '../../db/row-loaders';
import { toGlobalId } from '../../graphql/node';
import type { SharingLevel } from '../auth/auth.enum';
import { DEFAULT_SMALL_COUNT_THRESHOLD, DISCLOSURE_COLUMNS, disclosureFamilySql, type DisclosureRow } from '../disclosure/disclosure.loader';
import { DisclosureControl } from '../disclosure/disclosure.service';
import { applyMasks, loadSourceMasks, type SourceMasks } from '../source/source-masks';
import { SuppressionReason } from '../disclosure/disclosure.enum';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import type { CountOf, MeasurementUnit, ObservationScope } from '../observation/observation.enum';

/**
 * One row of the observations export: flat, with stable column names, the same in CSV, NDJSON,
 * JSON and the GraphQL field. Columns are never renamed; new ones are added at the end.
 */
export interface ExportRow {
  observation_id: string;
  partnership_slug: string;
  partnership_name: string;
  metric_code: string;
  metric_label: string;
  value: number | null;
  unit: string;
  currency: string | null;
  qualifier: string;
  stated_as: string | null;
  period_label: string | null;
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  scope: string;
  nature: string;
  project: string | null;
  area_code: string | null;
  area_nuts_code: string | null;
  breakdown_of: string | null;
  breakdown_dimension: string | null;
  breakdown_category: string | null;
  comparator_id: string | null;
  suppressed: boolean;
  suppression_reason: SuppressionReason | null;
  source_document: string;
  source_section: string | null;
  source_quote: string | null;
  /** Common indicators the metric is mapped to, '; '-separated, with their labels and match strengths. */
  indicator_codes: string | null;
  indicator_labels: string | null;
  mapping_strengths: string | null;
  /** Taxonomy concepts the figure counts ('; '-separated codes and labels). */
  concept_codes: string | null;
  concept_labels: string | null;
}

export const EXPORT_COLUMNS: ReadonlyArray<{ name: keyof ExportRow; description: string }> = [
  { name: 'observation_id', description: 'Global ID of the figure (GraphQL node ID)' },
  { name: 'partnership_slug', description: 'Partnership code' },
  { name: 'partnership_name', description: 'Partnership name' },
  { name: 'metric_code', description: "The partnership's metric code" },
  { name: 'metric_label', description: "The metric in the source's words" },
  { name: 'value', description: 'The number; empty when withheld (see suppressed)' },
  { name: 'unit', description: 'COUNT, PERCENT, MONEY or DURATION' },
  { name: 'currency', description: 'ISO 4217 code of MONEY values' },
  { name: 'qualifier', description: 'EXACT, AT_LEAST ("over"), APPROXIMATELY or ALMOST' },
  { name: 'stated_as', description: 'The figure exactly as written; empty when withheld' },
  { name: 'period_label', description: 'Period as the source states it' },
  { name: 'period_start', description: 'Start of the period (ISO date), where the wording pins it' },
  { name: 'period_end', description: 'End of the period (ISO date), where the wording pins it' },
  { name: 'as_of', description: 'Date a cumulative figure was true' },
  { name: 'scope', description: 'PARTNERSHIP, PROJECT or CONTEXT' },
  { name: 'nature', description: 'REPORTED, TARGET or FORECAST' },
  { name: 'project', description: 'Project the figure is about' },
  { name: 'area_code', description: 'Place a context figure is about' },
  { name: 'area_nuts_code', description: 'NUTS 2016 code of that place' },
  { name: 'breakdown_of', description: 'observation_id of the total this figure is a part of' },
  { name: 'breakdown_dimension', description: 'What the breakdown splits by' },
  { name: 'breakdown_category', description: 'The group as the source names it' },
  { name: 'comparator_id', description: 'observation_id of the benchmark the source compares it with' },
  { name: 'suppressed', description: 'true when withheld from this caller (small count or secondary suppression)' },
  { name: 'suppression_reason', description: 'SMALL_COUNTS (a small count of people, or a figure that would reveal one)' },
  { name: 'source_document', description: 'Key of the source document' },
  { name: 'source_section', description: 'Section of the source document' },
  { name: 'source_quote', description: 'The passage the figure was read from, numbers of withheld figures masked' },
  { name: 'indicator_codes', description: 'Common indicators (ESF, hub) the metric is mapped to, "; "-separated' },
  { name: 'indicator_labels', description: 'Their labels, in the language asked for (lang)' },
  { name: 'mapping_strengths', description: 'How well the metric matches each: EXACT, CLOSE or PARTIAL' },
  { name: 'concept_codes', description: 'Population concepts the figure counts (shared taxonomy), "; "-separated' },
  { name: 'concept_labels', description: 'Their preferred labels, in the language asked for (lang)' },
];

/** A batch of rows, each with the group (its total's id) it belongs to: groups are never split. */
export type ExportBatch = Array<{ group: number; row: ExportRow }>;

export interface ExportFilter {
  partnerships?: string[];
  metrics?: string[];
  /** Language of indicator and concept labels (ISO 639-1); English where a label is not translated. */
  lang?: string;
}

interface RawRow {
  id: number;
  root: number;
  partnershipId: number;
  partnershipSlug: string;
  partnershipName: string;
  metricKey: string;
  metricLabel: string;
  countOf: CountOf | null;
  value: number;
  unit: MeasurementUnit;
  currency: string | null;
  qualifier: string;
  statedAs: string;
  periodLabel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  asOf: string | null;
  scope: ObservationScope;
  nature: string;
  project: string | null;
  projectSharing: SharingLevel | null;
  projectPartnershipId: number | null;
  areaKey: string | null;
  areaNuts: string | null;
  parentId: number | null;
  sumsTo: number | null;
  breakdownDimension: string | null;
  breakdownCategory: string | null;
  comparatorId: number | null;
  documentKey: string;
  documentId: number;
  sourceId: number;
  section: string | null;
  quote: string;
}

interface Labelled {
  codes: string[];
  labels: string[];
  strengths?: string[];
}

const GROUPS_PER_BATCH = 500;

/**
 * Streams the observations a caller may see as export rows, in batches of whole groups (a total
 * with its parts), so disclosure control sees every group entire while memory stays constant:
 * each batch is one short keyset query, no cursor or transaction is held between batches.
 */
export async function* exportObservationRows(
  scope: ReadScope,
  filter: ExportFilter = {},
  page: { afterGroup?: number; groupsPerBatch?: number } = {},
): AsyncGenerator<ExportBatch> {
  const { em, caller } = scope;
  const knex = em.getKnex();
  const control = new DisclosureControl(scope.smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD);
  let after = page.afterGroup ?? 0;
  const masks = new Map<number, SourceMasks>();
  // Masked once per passage: thousands of figures may cite the same one.
  const maskedQuotes = new Map<number, string>();
  // Figures others add up to (besides breakdowns): few, read once (index on sums_to_id).
  const sumTotals = new Set(
    (await fetchRows<{ id: number }>(em, knex.raw('select distinct sums_to_id as id from indicator_observation where sums_to_id is not null'))).map((r) => r.id),
  );
  // Ids first, so each page is an index range scan (totals by partnership, in id order).
  const idsOf = async (table: string, column: string, values?: string[]) =>
    values?.length ? (await fetchRows<{ id: number }>(em, knex.select('id').from(table).whereIn(column, values))).map((r) => r.id) : undefined;
  const partnershipIds = await idsOf('partnership', 'slug', filter.partnerships);
  const metricIds = await idsOf('metric', 'key', filter.metrics);
  for (;;) {
    let roots = knex
      .select('o.id')
      .from({ o: 'indicator_observation' })
      .whereNull('o.parent_id')
      .andWhere('o.id', '>', after)
      .orderBy('o.id')
      .limit(page.groupsPerBatch ?? GROUPS_PER_BATCH);
    if (partnershipIds) roots = roots.whereIn('o.partnership_id', partnershipIds);
    if (metricIds) roots = roots.whereIn('o.metric_id', metricIds);
    const rootIds = (await fetchRows<{ id: number }>(em, roots)).map((r) => r.id);
    if (rootIds.length === 0) return;
    const rows = await fetchRows<RawRow & { sharing: SharingLevel }>(em, groupRows(knex, rootIds));
    after = rootIds[rootIds.length - 1];
    const { indicators, concepts } = await labelsFor(em, rows, filter.lang ?? 'en');
    // Disclosure control sees every figure of a group; the caller then gets only what it may see.
    // Figures outside the batch that bear on its decisions (sums across totals): decided with, not exported.
    const inSums = rows.some((r) => r.sumsTo !== null || sumTotals.has(r.id));
    const context = !inSums
      ? []
      : await fetchRows<DisclosureRow>(
          em,
          knex.raw(
            `with recursive ${disclosureFamilySql('?')}
             select ${DISCLOSURE_COLUMNS} from indicator_observation o join metric m on m.id = o.metric_id
              where o.id in (select id from family) and o.id not in (select id from seeds)
                and (o.parent_id is null or o.parent_id not in (select id from seeds))`,
            [knex.raw('select id from indicator_observation where id in (?)', [rootIds])],
          ),
        );
    const figures = [...rows, ...context];
    const unseen = figures.filter((r) => !caller.canSee(r.sharing, r.partnershipId)).map((r) => r.id);
    const decisions = control.decide(figures, unseen);
    const hidden = new Set(unseen);
    // A comparator the caller may not see is not named either (its id would tell it exists).
    const comparatorIds = [...new Set(rows.map((r) => r.comparatorId).filter((c): c is number => c !== null))];
    const visibleComparators = new Set(
      comparatorIds.length
        ? (await fetchRows<{ id: number }>(em, selectRows(scope, IndicatorObservation).clearSelect().select('t.id').whereIn('t.id', comparatorIds))).map((r) => r.id)
        : [],
    );
    // Passages are masked per document, exactly as the API masks them (withheld figures, personal data).
    const missing = [...new Set(rows.map((r) => r.documentId))].filter((d) => !masks.has(d));
    for (const [id, m] of await loadSourceMasks(scope, missing)) masks.set(id, m);
    for (const id of missing) if (!masks.has(id)) masks.set(id, { personal: [], withheld: [] });
    const groups = rows
      .filter((r) => !hidden.has(r.id))
      .map((r) => {
        const reason = caller.owns(r.partnershipId) || !decisions.has(r.id) ? null : SuppressionReason.SMALL_COUNTS;
        let quote = maskedQuotes.get(r.sourceId);
        if (quote === undefined) maskedQuotes.set(r.sourceId, (quote = applyMasks(r.quote, masks.get(r.documentId)!)));
        const comparatorId = r.comparatorId !== null && visibleComparators.has(r.comparatorId) ? r.comparatorId : null;
        // A project the caller may not see is not named (the API's `project` is null then too).
        const project = r.projectSharing !== null && caller.canSee(r.projectSharing, r.projectPartnershipId) ? r.project : null;
        return { group: r.root, row: toExportRow({ ...r, quote, comparatorId, project }, reason, indicators.get(r.metricKey), concepts.get(r.id)) };
      });
    yield groups;
  }
}

function groupRows(knex: Knex, roots: number[]): Knex.QueryBuilder {
  return knex
    .select(
      knex.raw(`o.id, coalesce(o.parent_id, o.id) as root, o.partnership_id as "partnershipId", o.sharing,
        p.slug as "partnershipSlug", p.name as "partnershipName", m.key as "metricKey", m.label as "metricLabel", m.count_of as "countOf",
        o.value, o.unit, o.currency, o.qualifier, o.stated_as as "statedAs", o.period_label as "periodLabel",
        o.period_start as "periodStart", o.period_end as "periodEnd", o.as_of as "asOf", o.scope, o.nature,
        pr.name as project, pr.sharing as "projectSharing", pr.partnership_id as "projectPartnershipId", a.key as "areaKey", a.nuts_code as "areaNuts", o.parent_id as "parentId", o.sums_to_id as "sumsTo",
        o.breakdown_dimension as "breakdownDimension", o.breakdown_category as "breakdownCategory",
        o.comparator_id as "comparatorId", d.key as "documentKey", d.id as "documentId", sp.id as "sourceId", sp.section, sp.quote`),
    )
    .from({ o: 'indicator_observation' })
    .join({ p: 'partnership' }, 'p.id', 'o.partnership_id')
    .join({ m: 'metric' }, 'm.id', 'o.metric_id')
    .join({ sp: 'source_passage' }, 'sp.id', 'o.source_id')
    .join({ d: 'source_document' }, 'd.id', 'sp.document_id')
    .leftJoin({ pr: 'project' }, 'pr.id', 'o.project_id')
    .leftJoin({ a: 'place' }, 'a.id', 'o.area_id')
    // Totals by primary key, parts by the parent_id index: no scan of the whole table per batch.
    .where((q) => q.whereIn('o.id', roots).orWhereIn('o.parent_id', roots))
    .orderByRaw('coalesce(o.parent_id, o.id), o.parent_id nulls first, o.ordinal, o.id');
}

/**
 * The indicators each metric of a batch is mapped to and the concepts each figure counts, with
 * labels in `lang` (English where not translated): two queries per batch, joined in memory.
 */
async function labelsFor(em: ReadScope['em'], rows: RawRow[], lang: string) {
  const knex = em.getKnex();
  const metricKeys = [...new Set(rows.map((r) => r.metricKey))];
  const mappings = await fetchRows<{ metricKey: string; code: string; label: Record<string, string>; strength: string }>(
    em,
    knex
      .select(knex.raw('im.metric_key as "metricKey", i.code, i.label, im.strength'))
      .from({ im: 'indicator_mapping' })
      .join({ i: 'indicator' }, 'i.id', 'im.indicator_id')
      .whereIn('im.metric_key', metricKeys)
      .orderBy(['i.ordinal', 'i.id']),
  );
  const conceptRows = await fetchRows<{ observationId: number; code: string; label: string | null; english: string | null }>(
    em,
    knex
      .select(
        knex.raw(
          `oc.observation_id as "observationId", c.code,
           (select l.value from concept_label l where l.concept_id = c.id and l.kind = 'PREFERRED' and l.lang = ? order by l.ordinal limit 1) as label,
           (select l.value from concept_label l where l.concept_id = c.id and l.kind = 'PREFERRED' and l.lang = 'en' order by l.ordinal limit 1) as english`,
          [lang],
        ),
      )
      .from({ oc: 'indicator_observation_concept' })
      .join({ c: 'concept' }, 'c.id', 'oc.concept_id')
      .whereIn(
        'oc.observation_id',
        rows.map((r) => r.id),
      )
      .orderBy(['oc.observation_id', 'oc.ordinal']),
  );
  const indicators = new Map<string, Labelled>();
  for (const m of mappings) {
    const entry = indicators.get(m.metricKey) ?? { codes: [], labels: [], strengths: [] };
    entry.codes.push(m.code);
    entry.labels.push(m.label[lang] ?? m.label.en);
    entry.strengths!.push(m.strength);
    indicators.set(m.metricKey, entry);
  }
  const concepts = new Map<number, Labelled>();
  for (const c of conceptRows) {
    const entry = concepts.get(c.observationId) ?? { codes: [], labels: [] };
    entry.codes.push(c.code);
    entry.labels.push(c.label ?? c.english ?? c.code);
    concepts.set(c.observationId, entry);
  }
  return { indicators, concepts };
}

const joined = (values: string[] | undefined) => (values?.length ? values.join('; ') : null);

function toExportRow(r: RawRow, suppression: SuppressionReason | null, indicators?: Labelled, concepts?: Labelled): ExportRow {
  const id = (n: number | null) => (n === null ? null : toGlobalId('IndicatorObservation', n));
  return {
    observation_id: id(r.id)!,
    partnership_slug: r.partnershipSlug,
    partnership_name: r.partnershipName,
    metric_code: r.metricKey,
    metric_label: r.metricLabel,
    value: suppression ? null : r.value,
    unit: r.unit,
    currency: r.currency,
    qualifier: r.qualifier,
    stated_as: suppression ? null : r.statedAs,
    period_label: r.periodLabel,
    period_start: r.periodStart,
    period_end: r.periodEnd,
    as_of: r.asOf,
    scope: r.scope,
    nature: r.nature,
    project: r.project,
    area_code: r.areaKey,
    area_nuts_code: r.areaNuts,
    breakdown_of: id(r.parentId),
    breakdown_dimension: r.breakdownDimension,
    breakdown_category: r.breakdownCategory,
    comparator_id: id(r.comparatorId),
    suppressed: suppression !== null,
    suppression_reason: suppression,
    source_document: r.documentKey,
    source_section: r.section,
    source_quote: r.quote,
    indicator_codes: joined(indicators?.codes),
    indicator_labels: joined(indicators?.labels),
    mapping_strengths: joined(indicators?.strengths),
    concept_codes: joined(concepts?.codes),
    concept_labels: joined(concepts?.labels),
  };
}
