import type { Loaders } from '../../db/row-loaders';
import { HubError, HubErrorCode } from '../../errors';
import type { SuppressionReason } from '../../access/disclosure.enum';
import { Metric } from '../metric/metric.entity';
import type { MetricType } from '../metric/metric.type';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import type { IndicatorObservationType } from '../observation/indicator-observation.type';
import { MeasurementUnit } from '../observation/observation.enum';
import { Partnership } from '../partnership/partnership.entity';
import type { PartnershipType } from '../partnership/partnership.type';

export interface SeriesPoint {
  observation: IndicatorObservationType;
  value: number | null;
  suppressionReason: SuppressionReason | null;
  /** Difference from the previous point, in the series' unit (percentage points for percentages). */
  change: number | null;
}

export interface Series {
  partnership: PartnershipType;
  metric: MetricType;
  points: SeriesPoint[];
  /** The figures the source compares the series with (the Welsh average). */
  benchmarks: IndicatorObservationType[];
}

/**
 * One metric of one partnership over time: its figures (totals, not context figures) in date
 * order, the change from each to the next, and the benchmarks the source compares them with.
 */
export class SeriesService {
  constructor(private readonly loaders: Loaders) {}

  async series(partnershipSlug: string, metricKey: string): Promise<Series> {
    const [partnership] = await this.loaders.run<PartnershipType>(this.loaders.select(Partnership).where('t.slug', partnershipSlug));
    if (!partnership) throw new HubError(HubErrorCode.BAD_USER_INPUT, `Unknown partnership "${partnershipSlug}"`, { argument: 'partnership' });
    const [metric] = await this.loaders.run<MetricType>(this.loaders.select(Metric).where('t.key', metricKey));
    if (!metric) throw new HubError(HubErrorCode.BAD_USER_INPUT, `Unknown metric "${metricKey}"`, { argument: 'metric' });
    const observations = await this.loaders.run<IndicatorObservationType>(
      this.loaders
        .select(IndicatorObservation)
        .where({ 't.partnership_id': partnership.id, 't.metric_id': metric.id })
        .whereNull('t.parent_id')
        .whereNot('t.scope', 'CONTEXT')
        .orderByRaw('coalesce(t.period_start, t.as_of, t.period_end) nulls last, t.ordinal, t.id'),
    );
    const points: SeriesPoint[] = [];
    for (const observation of observations) {
      const { suppressionReason, value } = observation;
      const previous = points[points.length - 1]?.value ?? null;
      points.push({ observation, value, suppressionReason, change: value !== null && previous !== null ? round(value - previous) : null });
    }
    const comparatorIds = [...new Set(observations.map((o) => o.comparatorId).filter((id): id is number => id !== null))];
    const benchmarks = comparatorIds.length
      ? await this.loaders.run<IndicatorObservationType>(this.loaders.select(IndicatorObservation).whereIn('t.id', comparatorIds).orderBy('t.id'))
      : [];
    return { partnership, metric, points, benchmarks };
  }
}

/** Differences of figures stated to one decimal stay at the precision they were stated with. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export const changeUnitOf = (unit: MeasurementUnit) => (unit === MeasurementUnit.PERCENT ? 'percentage points' : unit.toLowerCase());
