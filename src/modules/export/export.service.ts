import type { Knex } from '@mikro-orm/postgresql';
import { fetchRows, type ReadScope } from '../../db/row-loaders';
import { toGlobalId } from '../../graphql/node';
import type { SharingLevel } from '../auth/auth.enum';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '../disclosure/disclosure.loader';
import { DisclosureControl, redactQuote } from '../disclosure/disclosure.service';
import type { SuppressionReason } from '../disclosure/disclosure.enum';
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
  { name: 'suppression_reason', description: 'SMALL_COUNT, SECONDARY or DERIVED_FROM_SUPPRESSED' },
  { name: 'source_document', description: 'Key of the source document' },
  { name: 'source_section', description: 'Section of the source document' },
  { name: 'source_quote', description: 'The passage the figure was read from, numbers of withheld figures masked' },
];

/** A batch of rows, each with the group (its total's id) it belongs to: groups are never split. */
export type ExportBatch = Array<{ group: number; row: ExportRow }>;

export interface ExportFilter {
  partnerships?: string[];
  metrics?: string[];
}

interface RawRow {
  id: number;
  root: number;
  partnershipId: number;
  partnershipSlug: string;
  partnershipName: string;
  metricKey: string;
  metricLabel: string;
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
  areaKey: string | null;
  areaNuts: string | null;
  parentId: number | null;
  breakdownDimension: string | null;
  breakdownCategory: string | null;
  comparatorId: number | null;
  documentKey: string;
  section: string | null;
  quote: string;
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
  for (;;) {
    let roots = knex
      .select('o.id')
      .from({ o: 'indicator_observation' })
      .whereNull('o.parent_id')
      .andWhere('o.id', '>', after)
      .orderBy('o.id')
      .limit(page.groupsPerBatch ?? GROUPS_PER_BATCH);
    if (filter.partnerships?.length) {
      roots = roots.whereIn('o.partnership_id', knex.select('id').from('partnership').whereIn('slug', filter.partnerships));
    }
    if (filter.metrics?.length) {
      roots = roots.whereIn('o.metric_id', knex.select('id').from('metric').whereIn('key', filter.metrics));
    }
    const rows = await fetchRows<RawRow & { sharing: SharingLevel }>(em, groupRows(knex, roots));
    if (rows.length === 0) return;
    after = Math.max(...rows.map((r) => r.root));
    // Disclosure control sees every figure of a group; the caller then gets only what it may see.
    const unseen = rows.filter((r) => !caller.canSee(r.sharing, r.partnershipId)).map((r) => r.id);
    const decisions = control.decide(rows, unseen);
    const hidden = new Set(unseen);
    const withheldByRoot = new Map<number, string[]>();
    for (const r of rows) {
      if (decisions.has(r.id) || hidden.has(r.id)) withheldByRoot.set(r.root, [...(withheldByRoot.get(r.root) ?? []), r.quote]);
    }
    const groups = rows
      .filter((r) => !hidden.has(r.id))
      .map((r) => {
        const owner = caller.owns(r.partnershipId);
        const reason = owner ? null : (decisions.get(r.id) ?? null);
        const quote = owner ? r.quote : redactQuote(r.quote, reason !== null, (withheldByRoot.get(r.root) ?? []).filter((q) => q !== r.quote));
        return { group: r.root, row: toExportRow({ ...r, quote }, reason) };
      });
    yield groups;
  }
}

function groupRows(knex: Knex, roots: Knex.QueryBuilder): Knex.QueryBuilder {
  return knex
    .select(
      knex.raw(`o.id, coalesce(o.parent_id, o.id) as root, o.partnership_id as "partnershipId", o.sharing,
        p.slug as "partnershipSlug", p.name as "partnershipName", m.key as "metricKey", m.label as "metricLabel",
        o.value, o.unit, o.currency, o.qualifier, o.stated_as as "statedAs", o.period_label as "periodLabel",
        o.period_start as "periodStart", o.period_end as "periodEnd", o.as_of as "asOf", o.scope, o.nature,
        pr.name as project, a.key as "areaKey", a.nuts_code as "areaNuts", o.parent_id as "parentId",
        o.breakdown_dimension as "breakdownDimension", o.breakdown_category as "breakdownCategory",
        o.comparator_id as "comparatorId", d.key as "documentKey", sp.section, sp.quote`),
    )
    .from({ o: 'indicator_observation' })
    .join({ p: 'partnership' }, 'p.id', 'o.partnership_id')
    .join({ m: 'metric' }, 'm.id', 'o.metric_id')
    .join({ sp: 'source_passage' }, 'sp.id', 'o.source_id')
    .join({ d: 'source_document' }, 'd.id', 'sp.document_id')
    .leftJoin({ pr: 'project' }, 'pr.id', 'o.project_id')
    .leftJoin({ a: 'place' }, 'a.id', 'o.area_id')
    // Totals by primary key, parts by the parent_id index: no scan of the whole table per batch.
    .where((q) => q.whereIn('o.id', roots.clone()).orWhereIn('o.parent_id', roots.clone()))
    .orderByRaw('coalesce(o.parent_id, o.id), o.parent_id nulls first, o.ordinal, o.id');
}

function toExportRow(r: RawRow, suppression: SuppressionReason | null): ExportRow {
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
  };
}
