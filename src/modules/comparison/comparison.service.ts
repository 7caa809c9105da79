import { fetchRows, type Loaders } from '../../db/row-loaders';
import { HubError, HubErrorCode } from '../../errors';
import { SuppressionReason } from '../../access/disclosure.enum';
import { Indicator } from '../indicator/indicator.entity';
import { IndicatorKind, MappingStrength } from '../indicator/indicator.enum';
import type { IndicatorMappingType, IndicatorType } from '../indicator/indicator.type';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import type { IndicatorObservationType } from '../observation/indicator-observation.type';
import { MeasurementUnit, ValueQualifier } from '../observation/observation.enum';
import { Partnership } from '../partnership/partnership.entity';
import type { PartnershipType } from '../partnership/partnership.type';
import { CellStatus } from './comparison.enum';

export interface PeriodWindow {
  from?: string | null;
  to?: string | null;
}

/** One partnership x indicator cell: a figure as reported, a rate the hub derived, or why there is none. */
export interface Cell {
  indicator: IndicatorType;
  partnershipId: number;
  status: CellStatus;
  value: number | null;
  unit: MeasurementUnit;
  qualifier: ValueQualifier | null;
  observation: IndicatorObservationType | null;
  mapping: IndicatorMappingType | null;
  /** Other figures of the partnership that match the indicator (the cell shows the best one). */
  alternatives: IndicatorObservationType[];
  suppressionReason: SuppressionReason | null;
  reason: string | null;
  numerator?: Cell;
  denominator?: Cell;
}

export interface Comparison {
  indicators: IndicatorType[];
  partnerships: PartnershipType[];
  cells: Cell[][];
}

const STRENGTH_ORDER = [MappingStrength.EXACT, MappingStrength.CLOSE, MappingStrength.PARTIAL];
const MAX_INDICATORS = 20;

type Candidate = IndicatorObservationType & { mappedIndicatorId: number; mappingId: number };

/**
 * Builds the comparison matrix. Figures are matched to indicators through the catalogue's
 * mappings (never through guessing from labels); each cell shows the partnership's best match
 * (exact before close before partial, most recent first), its provenance and the other matches;
 * rates are derived only when both parts are reported for the same period; small counts are
 * withheld as everywhere else, and so is any rate computed from them.
 */
export class ComparisonService {
  constructor(private readonly loaders: Loaders) {}

  async compare(indicatorCodes: string[], partnershipSlugs: string[] | null | undefined, period: PeriodWindow = {}): Promise<Comparison> {
    const codes = [...new Set(indicatorCodes)];
    if (codes.length === 0 || codes.length > MAX_INDICATORS) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `Ask for 1 to ${MAX_INDICATORS} indicators (got ${codes.length})`, { argument: 'indicators' });
    }
    if (period.from && period.to && period.from > period.to) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, 'The period ends before it starts', { argument: 'period' });
    }
    const catalogue = await this.indicators();
    const byCode = new Map(catalogue.map((i) => [i.code, i]));
    const unknown = codes.filter((c) => !byCode.has(c));
    if (unknown.length) throw new HubError(HubErrorCode.BAD_USER_INPUT, `Unknown indicator(s): ${unknown.join(', ')}`, { argument: 'indicators' });
    const asked = codes.map((c) => byCode.get(c)!);
    const needed = new Map<number, IndicatorType>();
    for (const indicator of asked) {
      needed.set(indicator.id, indicator);
      for (const part of [indicator.numeratorCode, indicator.denominatorCode]) {
        if (part) needed.set(byCode.get(part)!.id, byCode.get(part)!);
      }
    }

    const partnerships = await this.partnerships(partnershipSlugs);
    const candidates = await this.candidates([...needed.values()], partnerships.map((p) => p.id), period);
    const mappings = await this.mappings(candidates.map((c) => c.mappingId));

    const cellFor = (indicator: IndicatorType, partnershipId: number): Cell => {
      if (indicator.kind === IndicatorKind.DERIVED) {
        return derive(indicator, cellFor(byCode.get(indicator.numeratorCode!)!, partnershipId), cellFor(byCode.get(indicator.denominatorCode!)!, partnershipId));
      }
      const matches = candidates
        .filter((c) => c.partnershipId === partnershipId && c.mappedIndicatorId === indicator.id)
        .sort((a, b) => compareCandidates(a, b, mappings));
      const base: Cell = {
        indicator,
        partnershipId,
        status: CellStatus.NOT_REPORTED,
        value: null,
        unit: indicator.unit,
        qualifier: null,
        observation: null,
        mapping: null,
        alternatives: [],
        suppressionReason: null,
        reason: period.from || period.to ? 'No comparable figure for this period' : 'No comparable figure reported',
      };
      const [best, ...others] = matches;
      if (!best) return base;
      const suppression = best.suppressionReason;
      return {
        ...base,
        status: suppression ? CellStatus.SUPPRESSED : CellStatus.REPORTED,
        value: suppression ? null : best.value,
        unit: best.unit,
        qualifier: best.qualifier,
        observation: best,
        mapping: mappings.get(best.mappingId) ?? null,
        alternatives: others,
        suppressionReason: suppression,
        reason: suppression ? 'Withheld: a small count' : null,
      };
    };
    return {
      indicators: asked,
      partnerships,
      cells: partnerships.map((p) => asked.map((indicator) => cellFor(indicator, p.id))),
    };
  }

  private indicators(): Promise<IndicatorType[]> {
    return this.loaders.run<IndicatorType>(this.loaders.select(Indicator).orderBy('t.ordinal'));
  }

  /** The partnerships asked for (all visible ones by default), by name; unknown or hidden slugs are refused alike. */
  private async partnerships(slugs: string[] | null | undefined): Promise<PartnershipType[]> {
    let query = this.loaders.select(Partnership).orderBy(['t.name', 't.id']);
    if (slugs) query = query.whereIn('t.slug', slugs);
    const rows = await this.loaders.run<PartnershipType>(query);
    const missing = (slugs ?? []).filter((s) => !rows.some((r) => r.slug === s));
    if (missing.length) throw new HubError(HubErrorCode.BAD_USER_INPUT, `Unknown partnership(s): ${missing.join(', ')}`, { argument: 'partnerships' });
    return rows;
  }

  /** Visible totals (not breakdown parts) of metrics mapped to the indicators, in the period. */
  private async candidates(indicators: IndicatorType[], partnershipIds: number[], period: PeriodWindow): Promise<Candidate[]> {
    const knex = this.loaders.scope.em.getKnex();
    let query = this.loaders
      .select(IndicatorObservation)
      .select(knex.raw('im.indicator_id as "mappedIndicatorId", im.id as "mappingId"'))
      .join({ m: 'metric' }, 'm.id', 't.metric_id')
      .join({ im: 'indicator_mapping' }, 'im.metric_key', 'm.key')
      .whereIn(
        'im.indicator_id',
        indicators.map((i) => i.id),
      )
      .whereIn('t.partnership_id', partnershipIds)
      .whereNull('t.parent_id')
      .whereNot('t.scope', 'CONTEXT');
    if (period.from) query = query.whereRaw('coalesce(t.period_end, t.as_of, t.period_start) >= ?', [period.from]);
    if (period.to) query = query.whereRaw('coalesce(t.period_start, t.as_of, t.period_end) <= ?', [period.to]);
    return partnershipIds.length ? fetchRows<Candidate>(this.loaders.scope.em, query) : [];
  }

  private async mappings(ids: number[]): Promise<Map<number, IndicatorMappingType>> {
    if (ids.length === 0) return new Map();
    const knex = this.loaders.scope.em.getKnex();
    const rows = await this.loaders.run<IndicatorMappingType>(
      knex
        .select(knex.raw('id, metric_key as "metricKey", indicator_id as "indicatorId", strength, note'))
        .from('indicator_mapping')
        .whereIn('id', [...new Set(ids)]),
    );
    return new Map(rows.map((m) => [m.id, m]));
  }
}

function compareCandidates(a: Candidate, b: Candidate, mappings: Map<number, IndicatorMappingType>): number {
  const strength = (c: Candidate) => STRENGTH_ORDER.indexOf(mappings.get(c.mappingId)?.strength ?? MappingStrength.PARTIAL);
  const when = (c: Candidate) => c.asOf ?? c.periodEnd ?? c.periodStart ?? '';
  return strength(a) - strength(b) || when(b).localeCompare(when(a)) || a.ordinal - b.ordinal || a.id - b.id;
}

const periodOfCell = (c: Cell) =>
  c.observation ? [c.observation.periodLabel, c.observation.periodStart, c.observation.periodEnd, c.observation.asOf].join('|') : '';

/** numerator / denominator as a percentage, when both are reported for the same period. */
function derive(indicator: IndicatorType, numerator: Cell, denominator: Cell): Cell {
  const cell: Cell = {
    indicator,
    partnershipId: numerator.partnershipId,
    status: CellStatus.NOT_REPORTED,
    value: null,
    unit: MeasurementUnit.PERCENT,
    qualifier: null,
    observation: null,
    mapping: null,
    alternatives: [],
    suppressionReason: null,
    reason: null,
    numerator,
    denominator,
  };
  const missing = [numerator, denominator].filter((c) => c.status === CellStatus.NOT_REPORTED);
  if (missing.length) {
    return { ...cell, reason: `Needs ${missing.map((c) => `"${c.indicator.label.en}"`).join(' and ')}, which the partnership does not report` };
  }
  if (numerator.status === CellStatus.SUPPRESSED || denominator.status === CellStatus.SUPPRESSED) {
    return { ...cell, status: CellStatus.SUPPRESSED, suppressionReason: SuppressionReason.DERIVED_FROM_SUPPRESSED, reason: 'Withheld: computed from a withheld count' };
  }
  if (periodOfCell(numerator) !== periodOfCell(denominator)) {
    return { ...cell, reason: 'Its two parts are reported for different periods' };
  }
  if (!denominator.value) return { ...cell, reason: 'The denominator is zero' };
  const exact = numerator.qualifier === ValueQualifier.EXACT && denominator.qualifier === ValueQualifier.EXACT;
  return {
    ...cell,
    status: CellStatus.DERIVED,
    value: (numerator.value! / denominator.value) * 100,
    qualifier: exact ? ValueQualifier.EXACT : ValueQualifier.APPROXIMATELY,
  };
}
