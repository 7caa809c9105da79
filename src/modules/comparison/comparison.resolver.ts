import { Arg, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { metricByIdLoader } from '../metric/metric.loader';
import { MetricType } from '../metric/metric.type';
import type { Cell } from './comparison.service';
import { ComparisonService } from './comparison.service';
import { ComparisonType, PeriodWindowInput, SeriesType } from './comparison.type';
import { changeUnitOf, SeriesService } from './series.service';

@Resolver(() => ComparisonType)
export class ComparisonResolver {
  @Query(() => ComparisonType, {
    description:
      'Partnerships compared on common indicators (codes from `indicators`): the figure each reports, with provenance, ' +
      'rates the hub derives where both parts exist, benchmarks, and "not reported" (with why) where there is no comparable figure. ' +
      'Small counts are withheld from non-owners.',
  })
  async comparison(
    @Arg('indicators', () => [String]) indicators: string[],
    @Arg('partnerships', () => [String], { nullable: true, description: 'Slugs; all partnerships by default.' }) partnerships: string[] | null,
    @Arg('period', () => PeriodWindowInput, { nullable: true }) period: PeriodWindowInput | null,
    @Ctx() { loaders }: HubContext,
  ): Promise<ComparisonType> {
    const result = await new ComparisonService(loaders).compare(indicators, partnerships, period ?? {});
    return {
      indicators: result.indicators,
      rows: result.partnerships.map((partnership, i) => ({ partnership, cells: result.cells[i] as Array<Cell & { numerator?: never }> })),
    };
  }

  @Query(() => SeriesType, { description: 'One metric of one partnership over time (Conwy care leavers in EET at 19: 2012/13, 2013/14).' })
  async series(
    @Arg('partnership') partnership: string,
    @Arg('metric', { description: 'Metric code ("conwy/care-leavers-eet-at-19").' }) metric: string,
    @Ctx() { loaders }: HubContext,
  ): Promise<SeriesType> {
    const series = await new SeriesService(loaders).series(partnership, metric);
    return {
      partnership: series.partnership,
      points: series.points,
      benchmarks: series.benchmarks,
      changeUnit: changeUnitOf(series.metric.unit),
      metricId: series.metric.id,
    };
  }
}

@Resolver(() => SeriesType)
export class SeriesResolver {
  @Extensions(compiledRead(metricByIdLoader, 'metricId'))
  @FieldResolver(() => MetricType)
  metric(@Root() series: SeriesType, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricByIdLoader).load(series.metricId);
  }
}
