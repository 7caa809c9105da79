import type { Knex } from '@mikro-orm/postgresql';
import { fetchRows, type ReadScope } from '../../db/row-loaders';
import type { SuppressionReason } from '../../access/disclosure.enum';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import type { MeasurementUnit, ObservationScope } from '../observation/observation.enum';

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
  partnershipSlug: string;
  partnershipName: string;
  metricKey: string;
  metricLabel: string;
  /** As the caller may read them (ReadPolicy): null where withheld. */
  value: number | null;
  statedAs: string | null;
  suppressionReason: SuppressionReason | null;
  unit: MeasurementUnit;
  currency: string | null;
  qualifier: string;
  periodLabel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  asOf: string | null;
  scope: ObservationScope;
  nature: string;
  /** Null where the caller may not see the project (the API's `project` is null then too). */
  project: string | null;
  areaKey: string | null;
  areaNuts: string | null;
  parentId: number | null;
  breakdownDimension: string | null;
  breakdownCategory: string | null;
  /** Null where the caller may not see the comparator (its id would tell it exists). */
  comparatorId: number | null;
  documentKey: string;
  section: string | null;
  /** As the caller may read it: personal values and withheld figures' numbers masked. */
  quote: string;
}

interface Labelled {
  codes: string[];
  labels: string[];
  strengths?: string[];
}

const GROUPS_PER_BATCH = 2000;

/**
 * Streams the observations a caller may see as export rows, in batches of whole groups (a total
 * with its parts, so a page of the GraphQL field never splits one), in constant memory: each
 * batch is one short keyset query, no cursor or transaction is held between batches. What the
 * caller may read of each figure (disclosure decisions, masked passages) was decided when the
 * data changed: the rows select it, exactly as the API does.
 */
export async function* exportObservationRows(
  scope: ReadScope,
  filter: ExportFilter = {},
  page: { afterGroup?: number; groupsPerBatch?: number } = {},
): AsyncGenerator<ExportBatch> {
  const { em } = scope;
  const knex = em.getKnex();
  let after = page.afterGroup ?? 0;
  // Ids first, so each page is an index range scan (totals by partnership, in id order).
  const idsOf = async (table: string, column: string, values?: string[]) =>
    values?.length ? (await fetchRows<{ id: number }>(em, knex.select('id').from(table).whereIn(column, values))).map((r) => r.id) : undefined;
  const partnershipIds = await idsOf('partnership', 'slug', filter.partnerships);
  const metricIds = await idsOf('metric', 'key', filter.metrics);
  const batchAfter = (from: number) => {
    const rows = fetchRows<RawRow>(em, groupRows(scope, { after: from, limit: page.groupsPerBatch ?? GROUPS_PER_BATCH, partnershipIds, metricIds }));
    rows.catch(() => undefined); // a reader that stops early never awaits the batch in flight
    return rows;
  };
  // One batch in flight while the last is labelled and written: PostgreSQL and the socket overlap.
  let next = batchAfter(after);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    after = rows.reduce((max, r) => (r.root > max ? r.root : max), after);
    next = batchAfter(after);
    const { indicators, concepts } = await labelsFor(em, rows, filter.lang ?? 'en');
    yield rows.map((r) => ({ group: r.root, row: toExportRow(scope, r, indicators.get(r.metricKey), concepts.get(r.id)) }));
  }
}

/**
 * One batch: the next `limit` visible totals after `after` (by id: an index range scan) and their
 * visible parts, each with what the caller may read of it. Everything else a row names is looked
 * up by primary key per row (correlated subqueries), so a batch costs what its rows cost, not a
 * hash of every partnership, metric and project.
 */
function groupRows(
  { em, policy }: ReadScope,
  batch: { after: number; limit: number; partnershipIds?: number[]; metricIds?: number[] },
): Knex.Raw {
  const knex = em.getKnex();
  const read = (entity: string, property: string, alias: string) => policy.read(entity, property, alias)!;
  const visible = (entity: string, alias: string) => policy.visibleSql(entity, alias) ?? 'true';
  const filters = [
    ...(batch.partnershipIds ? [`r.partnership_id = any('{${batch.partnershipIds.join(',')}}'::int[])`] : []),
    ...(batch.metricIds ? [`r.metric_id = any('{${batch.metricIds.join(',')}}'::int[])`] : []),
  ];
  const sql = `with roots as materialized (
      select r.id from indicator_observation r
       where r.parent_id is null and r.id > ${Number(batch.after)} and ${visible('IndicatorObservation', 'r')}${filters.map((f) => ` and ${f}`).join('')}
       order by r.id limit ${Number(batch.limit)}
    ), figures as (
      select o.*, o.id as root from roots r join indicator_observation o on o.id = r.id
      union all
      select o.*, o.parent_id as root from roots r join indicator_observation o on o.parent_id = r.id where ${visible('IndicatorObservation', 'o')}
    )
    select o.id, o.root,
      p.slug as "partnershipSlug", p.name as "partnershipName", m.key as "metricKey", m.label as "metricLabel",
      ${read('IndicatorObservation', 'value', 'o')} as value, ${read('IndicatorObservation', 'statedAs', 'o')} as "statedAs",
      ${read('IndicatorObservation', 'suppressionReason', 'o')} as "suppressionReason",
      o.unit, o.currency, o.qualifier, o.period_label as "periodLabel",
      o.period_start as "periodStart", o.period_end as "periodEnd", o.as_of as "asOf", o.scope, o.nature,
      (select pr.name from project pr where pr.id = o.project_id and ${visible('Project', 'pr')}) as project,
      a.key as "areaKey", a.nuts_code as "areaNuts", o.parent_id as "parentId",
      o.breakdown_dimension as "breakdownDimension", o.breakdown_category as "breakdownCategory",
      case when o.comparator_id is not null then
        (select co.id from indicator_observation co where co.id = o.comparator_id and ${visible('IndicatorObservation', 'co')}) end as "comparatorId",
      d.key as "documentKey", sp.section, ${read('SourcePassage', 'quote', 'sp')} as quote
    from figures o
    -- offset 0: kept as lookups by primary key per row, never planned as a hash of the whole table.
    join lateral (select slug, name from partnership where id = o.partnership_id offset 0) p on true
    join lateral (select key, label from metric where id = o.metric_id offset 0) m on true
    join lateral (select * from source_passage where id = o.source_id offset 0) sp on true
    join lateral (select key from source_document where id = sp.document_id offset 0) d on true
    left join lateral (select key, nuts_code from place where id = o.area_id offset 0) a on true
    order by o.root, o.parent_id nulls first, o.ordinal, o.id`;
  // Values are written in (ids and the policy's enum names); a literal question mark stays one.
  return knex.raw(sql.replace(/\?/g, '\\?'));
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

function toExportRow(scope: ReadScope, r: RawRow, indicators?: Labelled, concepts?: Labelled): ExportRow {
  const suppression = r.suppressionReason;
  const id = (n: number | null) => (n === null ? null : scope.ids.to('IndicatorObservation', n));
  return {
    observation_id: id(r.id)!,
    partnership_slug: r.partnershipSlug,
    partnership_name: r.partnershipName,
    metric_code: r.metricKey,
    metric_label: r.metricLabel,
    value: r.value,
    unit: r.unit,
    currency: r.currency,
    qualifier: r.qualifier,
    stated_as: r.statedAs,
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
