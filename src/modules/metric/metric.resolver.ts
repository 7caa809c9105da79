import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import { FilterScope } from '../../graphql/filter';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { observationsByMetricLoader } from '../observation/indicator-observation.loader';
import { IndicatorObservationType } from '../observation/indicator-observation.type';
import { partnershipByIdLoader } from '../partnership/partnership.loader';
import { PartnershipType } from '../partnership/partnership.type';
import { Metric } from './metric.entity';
import { metricByKeyLoader } from './metric.loader';
import { compileMetricFilter, MetricFilter } from './metric.filter';
import { MetricConnection, MetricType } from './metric.type';

@Resolver(() => MetricType)
export class MetricResolver {
  @Query(() => MetricConnection, { description: 'Metrics partnerships report, filtered, by key.' })
  async metrics(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => MetricFilter, { nullable: true }) filter: MetricFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const where = await compileMetricFilter(filter, new FilterScope(loaders), '"t"', em, loaders);
    return paginate<MetricType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(Metric).whereRaw(`(${where.sql})`, where.bindings as never),
      keys: [
        { expression: '"t"."key"', direction: 'asc', type: 'string', value: (m) => m.key },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (m) => m.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Query(() => MetricType, { nullable: true })
  @Extensions(compiledRootRead(metricByKeyLoader, 'key'))
  metric(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricByKeyLoader).load(key);
  }

  @Extensions(compiledRead(partnershipByIdLoader, 'definedById'))
  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The partnership whose source defines it.' })
  definedBy(@Root() metric: MetricType, @Ctx() { loaders }: HubContext) {
    return metric.definedById ? loaders.get(partnershipByIdLoader).load(metric.definedById) : null;
  }

  @Extensions(compiledRead(observationsByMetricLoader))
  @FieldResolver(() => [IndicatorObservationType], { description: 'Every figure of this metric, breakdown items included.' })
  observations(@Root() metric: MetricType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsByMetricLoader).load(metric.id);
  }
}
