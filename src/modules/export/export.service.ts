import { fetchRows, type ReadScope } from '../../db/row-loaders';
import type { SuppressionReason } from '../../access/disclosure.enum';

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
  /** NORMAL, ESTIMATED, PROVISIONAL, FORECAST or REVISED, as the source says. */
  status: string;
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
  { name: 'status', description: 'NORMAL, ESTIMATED, PROVISIONAL, FORECAST or REVISED, as the source says' },
];

/** A batch of rows, each with the group (its total's id) it belongs to: groups are never split. */
export type ExportBatch = Array<{ group: number; row: ExportRow }>;

export interface ExportFilter {
  partnerships?: string[];
  metrics?: string[];
  /** Language of indicator and concept labels (ISO 639-1); English where a label is not translated. */
  lang?: string;
}

const GROUPS_PER_BATCH = 2000;

/** Languages labels are exported in: written into SQL text, so only these (the route checks them). */
const LANGUAGES = new Set(['en', 'cy']);

export interface ResolvedFilter {
  partnershipIds?: number[];
  metricIds?: number[];
  lang: string;
}

export async function resolveFilter({ em }: ReadScope, filter: ExportFilter): Promise<ResolvedFilter> {
  const knex = em.getKnex();
  // Ids first, so totals are read by an index range scan (totals by partnership, in id order).
  const idsOf = async (table: string, column: string, values?: string[]) =>
    values?.length ? (await fetchRows<{ id: number }>(em, knex.select('id').from(table).whereIn(column, values))).map((r) => r.id) : undefined;
  const lang = filter.lang ?? 'en';
  if (!LANGUAGES.has(lang)) throw new Error(`exports have no labels in "${lang}"`);
  return { partnershipIds: await idsOf('partnership', 'slug', filter.partnerships), metricIds: await idsOf('metric', 'key', filter.metrics), lang };
}

/**
 * The export's rows as ONE SQL statement, every column computed by PostgreSQL as the caller may
 * read it (ReadPolicy: disclosure decisions, masked passages and visibility stored when the data
 * changed), global IDs read from where the derivation stored them:
 * - `csv`: the whole export, for `COPY (...) TO STDOUT (FORMAT csv)`: texts as the file shows them
 *   (booleans `true`/`false`), whole-table joins, no per-row work in Node;
 * - `rows`: one batch of `limit` groups after group `after` (keyset, index range scans and lookups by
 *   primary key per row), values typed for JSON, with each row's group.
 * A group is a total with its visible parts, so neither form ever splits one.
 */
/** SQL: the totals the caller sees, of the partnerships and metrics asked for. */
function exportedTotal(policy: ReadScope['policy'], filter: ResolvedFilter, alias: string): string {
  return [
    `${alias}.parent_id is null`,
    policy.visibleSql('IndicatorObservation', alias) ?? 'true',
    ...(filter.partnershipIds ? [`${alias}.partnership_id = any('{${filter.partnershipIds.join(',')}}'::int[])`] : []),
    ...(filter.metricIds ? [`${alias}.metric_id = any('{${filter.metricIds.join(',')}}'::int[])`] : []),
  ].join(' and ');
}

/** SQL: the figures `o` (its total joined as `t`) the whole export holds: those totals and their visible parts. */
function exportedFigure(policy: ReadScope['policy'], filter: ResolvedFilter): string {
  const visible = policy.visibleSql('IndicatorObservation', 'o') ?? 'true';
  return `case when o.parent_id is null then ${exportedTotal(policy, filter, 'o')} else t.parent_id is null and ${exportedTotal(policy, filter, 't')} and ${visible} end`;
}

/**
 * How many figures of the whole export are withheld from the caller (for /metrics): one count over
 * indicator_observation with the export's own condition, instead of parsing the COPY's bytes.
 */
export async function withheldInExport(scope: ReadScope, filter: ExportFilter): Promise<number> {
  const resolved = await resolveFilter(scope, filter);
  const sql = `select count(*)::int as n from indicator_observation o left join indicator_observation t on t.id = o.parent_id
    where ${exportedFigure(scope.policy, resolved)} and ${scope.policy.withheld('o')}`;
  const [row] = await fetchRows<{ n: number }>(scope.em, scope.em.getKnex().raw(sql.replace(/\?/g, '\\?')));
  return row.n;
}

export function observationExportSql(
  { policy }: ReadScope,
  filter: ResolvedFilter,
  form: { csv: true } | { csv: false; after: number; limit: number },
): string {
  const read = (entity: string, property: string, alias: string) => policy.read(entity, property, alias)!;
  const visible = (entity: string, alias: string) => policy.visibleSql(entity, alias) ?? 'true';
  const total = (alias: string) => exportedTotal(policy, filter, alias);
  const lang = `'${filter.lang}'`;
  const withheld = read('IndicatorObservation', 'suppressionReason', 'o');
  const columns: Record<keyof ExportRow, string> = {
    observation_id: 'o.global_id',
    partnership_slug: 'p.slug',
    partnership_name: 'p.name',
    metric_code: 'm.key',
    metric_label: 'm.label',
    value: read('IndicatorObservation', 'value', 'o'),
    unit: 'o.unit',
    currency: 'o.currency',
    qualifier: 'o.qualifier',
    stated_as: read('IndicatorObservation', 'statedAs', 'o'),
    period_label: 'o.period_label',
    period_start: 'o.period_start::text',
    period_end: 'o.period_end::text',
    as_of: 'o.as_of::text',
    scope: 'o.scope',
    nature: 'o.nature',
    // Null where the caller may not see the project or the comparator (their names or ids would tell they exist).
    project: `case when o.project_id is not null then (select pr.name from project pr where pr.id = o.project_id and ${visible('Project', 'pr')}) end`,
    area_code: 'a.key',
    area_nuts_code: 'a.nuts_code',
    breakdown_of: 't.global_id',
    breakdown_dimension: 'o.breakdown_dimension',
    breakdown_category: 'o.breakdown_category',
    comparator_id: `case when o.comparator_id is not null then (select co.global_id from indicator_observation co where co.id = o.comparator_id and ${visible('IndicatorObservation', 'co')}) end`,
    suppressed: form.csv ? `case when ${withheld} is null then 'false' else 'true' end` : `${withheld} is not null`,
    suppression_reason: withheld,
    source_document: 'd.key',
    source_section: 'sp.section',
    source_quote: read('SourcePassage', 'quote', 'sp'),
    indicator_codes: 'mp.codes',
    indicator_labels: 'mp.labels',
    mapping_strengths: 'mp.strengths',
    concept_codes: 'cc.codes',
    concept_labels: 'cc.labels',
    status: 'o.status',
  };
  const select = EXPORT_COLUMNS.map(({ name }) => `${columns[name]} as "${name}"`).join(',\n      ');
  const labels = `mapped as (
      -- The common indicators each metric is mapped to, labels in the language asked for (English where untranslated).
      select im.metric_key,
             string_agg(i.code, '; ' order by i.ordinal, i.id) as codes,
             string_agg(coalesce(i.label ->> ${lang}, i.label ->> 'en'), '; ' order by i.ordinal, i.id) as labels,
             string_agg(im.strength, '; ' order by i.ordinal, i.id) as strengths
        from indicator_mapping im join indicator i on i.id = im.indicator_id
       group by im.metric_key
    ), labelled as materialized (
      -- Each concept's preferred label in the language asked for, else English, else its code.
      select c.id, c.code, coalesce(
               (select l.value from concept_label l where l.concept_id = c.id and l.kind = 'PREFERRED' and l.lang = ${lang} order by l.ordinal limit 1),
               (select l.value from concept_label l where l.concept_id = c.id and l.kind = 'PREFERRED' and l.lang = 'en' order by l.ordinal limit 1),
               c.code) as label
        from concept c
    )`;
  const concepts = `select string_agg(c.code, '; ' order by oc.ordinal) as codes, string_agg(c.label, '; ' order by oc.ordinal) as labels
        from indicator_observation_concept oc join labelled c on c.id = oc.concept_id`;
  if (form.csv) {
    // The whole export: every figure once, its total joined for the part's group (as the baseline
    // would write it), so the planner joins whole tables by hash and sorts once.
    return `with ${labels}, counted as (
      select oc.observation_id, ${concepts.slice('select '.length)} group by oc.observation_id
    )
    select ${select}
    from indicator_observation o
    left join indicator_observation t on t.id = o.parent_id
    join partnership p on p.id = o.partnership_id
    join metric m on m.id = o.metric_id
    join source_passage sp on sp.id = o.source_id
    join source_document d on d.id = sp.document_id
    left join place a on a.id = o.area_id
    left join mapped mp on mp.metric_key = m.key
    left join counted cc on cc.observation_id = o.id
    where ${exportedFigure(policy, filter)}
    order by coalesce(o.parent_id, o.id), o.parent_id nulls first, o.ordinal, o.id`;
  }
  // One batch: the next totals by id (an index range scan), their parts, every other table looked
  // up by primary key per row (offset 0 keeps each lookup a subquery, never a hash of the table).
  return `with roots as materialized (
      select r.id, r.global_id from indicator_observation r
       where ${total('r')} and r.id > ${Number(form.after)} order by r.id limit ${Number(form.limit)}
    ), figures as (
      select o.*, o.id as root, null::text as total_global_id from roots r join indicator_observation o on o.id = r.id
      union all
      select o.*, o.parent_id as root, r.global_id as total_global_id from roots r join indicator_observation o on o.parent_id = r.id
       where ${visible('IndicatorObservation', 'o')}
    ), ${labels}
    select o.root as "__group",
      ${select}
    from figures o
    cross join lateral (select o.total_global_id as global_id) t
    join lateral (select slug, name from partnership where id = o.partnership_id offset 0) p on true
    join lateral (select key, label from metric where id = o.metric_id offset 0) m on true
    join lateral (select * from source_passage where id = o.source_id offset 0) sp on true
    join lateral (select key from source_document where id = sp.document_id offset 0) d on true
    left join lateral (select key, nuts_code from place where id = o.area_id offset 0) a on true
    left join mapped mp on mp.metric_key = m.key
    left join lateral (${concepts} where oc.observation_id = o.id) cc on true
    order by o.root, o.parent_id nulls first, o.ordinal, o.id`;
}

/**
 * Streams the observations a caller may see as export rows, in batches of whole groups (a total
 * with its parts, so a page of the GraphQL field never splits one), in constant memory: each
 * batch is one short keyset query, no cursor or transaction is held between batches. The CSV
 * download does not come this way: it is one COPY of `observationExportSql`'s whole form.
 */
export async function* exportObservationRows(
  scope: ReadScope,
  filter: ExportFilter = {},
  page: { afterGroup?: number; groupsPerBatch?: number } = {},
): AsyncGenerator<ExportBatch> {
  const { em } = scope;
  const knex = em.getKnex();
  const resolved = await resolveFilter(scope, filter);
  let after = page.afterGroup ?? 0;
  const batchAfter = (from: number) => {
    const sql = observationExportSql(scope, resolved, { csv: false, after: from, limit: page.groupsPerBatch ?? GROUPS_PER_BATCH });
    // Values are written in (ids and the policy's enum names); a literal question mark stays one.
    const rows = fetchRows<ExportRow & { __group: number }>(em, knex.raw(sql.replace(/\?/g, '\\?')));
    rows.catch(() => undefined); // a reader that stops early never awaits the batch in flight
    return rows;
  };
  // One batch in flight while the last is written: PostgreSQL and the socket overlap.
  let next = batchAfter(after);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    after = rows.reduce((max, r) => (r.__group > max ? r.__group : max), after);
    next = batchAfter(after);
    yield rows.map(({ __group, ...row }) => ({ group: __group, row }));
  }
}

/** The CSV export's statement: `COPY (<whole export>) TO STDOUT` with a header, RFC 4180 quoting. */
export async function observationExportCopy(scope: ReadScope, filter: ExportFilter): Promise<string> {
  const sql = observationExportSql(scope, await resolveFilter(scope, filter), { csv: true });
  return `copy (${sql}) to stdout with (format csv, header true)`;
}
