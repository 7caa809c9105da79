import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { observationsByMetricLoader } from '../observation/indicator-observation.loader';
import { IndicatorObservationType } from '../observation/indicator-observation.type';
import { partnershipByIdLoader } from '../partnership/partnership.loader';
import { PartnershipType } from '../partnership/partnership.type';
import { Metric } from './metric.entity';
import { metricByKeyLoader } from './metric.loader';
import { MetricType } from './metric.type';

@Resolver(() => MetricType)
export class MetricResolver {
  @Query(() => [MetricType], { description: 'Every metric partnerships report, by key.' })
  metrics(@Ctx() { loaders }: HubContext) {
    return loaders.run<MetricType>(loaders.select(Metric).orderBy('t.key'));
  }

  @Query(() => MetricType, { nullable: true })
  metric(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricByKeyLoader).load(key);
  }

  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The partnership whose source defines it.' })
  definedBy(@Root() metric: MetricType, @Ctx() { loaders }: HubContext) {
    return metric.definedById ? loaders.get(partnershipByIdLoader).load(metric.definedById) : null;
  }

  @FieldResolver(() => [IndicatorObservationType], { description: 'Every figure of this metric, breakdown items included.' })
  observations(@Root() metric: MetricType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsByMetricLoader).load(metric.id);
  }
}
