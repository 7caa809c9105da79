import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate, SortDirection, type SortKey } from '../../graphql/connection';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { FilterScope } from '../../graphql/filter';
import { IndicatorObservation } from './indicator-observation.entity';
import {
  compileObservationFilter,
  ObservationFilter,
  ObservationOrder,
  ObservationSortField,
} from './observation.filter';
import { metricByIdLoader } from '../metric/metric.loader';
import { conceptsByObservationLoader } from '../taxonomy/concept.loader';
import { ConceptType } from '../taxonomy/concept.type';
import { MetricType } from '../metric/metric.type';
import { placeByIdLoader } from '../place/place.loader';
import { PlaceType } from '../place/place.type';
import { loadProject, projectByIdLoader } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import {
  breakdownByObservationLoader,
  observationByIdLoader,
  observationsComparedWithLoader,
} from './indicator-observation.loader';
import { IndicatorObservationConnection, IndicatorObservationType } from './indicator-observation.type';
import { periodOf, PeriodType } from './period.type';

@Resolver(() => IndicatorObservationType)
export class IndicatorObservationResolver {
  @Query(() => IndicatorObservationConnection, {
    description: 'Figures across partnerships, filtered (partnerships, metrics, units, scope, nature, places, values) and ordered.',
  })
  async observations(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ObservationFilter, { nullable: true }) filter: ObservationFilter | null,
    @Arg('orderBy', () => ObservationOrder, { nullable: true, description: 'By partnership and source order unless told otherwise; ties by ID.' })
    orderBy: ObservationOrder | null,
    @Ctx() { em, loaders, policy }: HubContext,
  ) {
    const scope = new FilterScope(loaders);
    const where = await compileObservationFilter(filter, scope, '"t"', em, loaders);
    const direction = orderBy?.direction === SortDirection.DESC ? 'desc' : 'asc';
    const keys: Array<SortKey<IndicatorObservationType>> = [];
    switch (orderBy?.field ?? ObservationSortField.SOURCE_ORDER) {
      case ObservationSortField.VALUE: {
        // A figure withheld from the caller sorts as missing: its place must not tell its value.
        const withheld = policy.withheld('"t"');
        const expression = withheld === 'false' ? '"t"."value"' : `(case when ${withheld} then null else "t"."value" end)`;
        keys.push({ expression, direction, type: 'number', nullable: withheld !== 'false', value: (o) => o.value });
        break;
      }
      case ObservationSortField.PERIOD_END:
        keys.push({ expression: 'coalesce("t"."period_end", "t"."as_of")', direction, type: 'date', nullable: true, value: (o) => o.periodEnd ?? o.asOf });
        break;
      default:
        keys.push(
          { expression: '"t"."partnership_id"', direction, type: 'number', stored: true, value: (o) => o.partnershipId },
          { expression: '"t"."ordinal"', direction, type: 'number', stored: true, value: (o) => o.ordinal },
        );
    }
    keys.push({ expression: '"t"."id"', direction: 'asc', type: 'number', value: (o) => o.id });
    const knex = em.getKnex();
    return paginate<IndicatorObservationType>({
      knex,
      ids: loaders.scope.ids,
      query: () =>
        loaders
          .select(IndicatorObservation)
          .whereRaw(`(${where.sql})`, where.bindings as never),
      keys,
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Extensions(compiledRead(conceptsByObservationLoader))
  @FieldResolver(() => [ConceptType], { description: 'Who the figure counts, in the shared taxonomy ("Physical Disability": physical-disability).' })
  concepts(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptsByObservationLoader).load(o.id);
  }

  @Extensions(compiledRead(metricByIdLoader, 'metricId'))
  @FieldResolver(() => MetricType)
  metric(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricByIdLoader).load(o.metricId);
  }

  @FieldResolver(() => PeriodType, { nullable: true })
  period(@Root() o: IndicatorObservationType) {
    return periodOf(o);
  }

  @Extensions(compiledRead(projectByIdLoader, 'projectId'))
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, o.projectId);
  }

  @Extensions(compiledRead(placeByIdLoader, 'areaId'))
  @FieldResolver(() => PlaceType, { nullable: true, description: 'The place a context figure is about ("Welsh average": Wales).' })
  area(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.areaId ? loaders.get(placeByIdLoader).load(o.areaId) : null;
  }

  @Extensions(compiledRead(observationByIdLoader, 'comparatorId'))
  @FieldResolver(() => IndicatorObservationType, { nullable: true, description: 'The benchmark the source compares this figure with.' })
  comparator(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.comparatorId ? loaders.get(observationByIdLoader).load(o.comparatorId) : null;
  }

  @Extensions(compiledRead(observationByIdLoader, 'sumsToId'))
  @FieldResolver(() => IndicatorObservationType, {
    nullable: true,
    description: 'The total this figure adds up to with other figures naming it, besides the total\'s breakdown (completers + on-going + early leavers = starters).',
  })
  sumsTo(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.sumsToId ? loaders.get(observationByIdLoader).load(o.sumsToId) : null;
  }

  @Extensions(compiledRead(observationsComparedWithLoader))
  @FieldResolver(() => [IndicatorObservationType], { description: 'Figures the source compares with this one (when this is a benchmark).' })
  comparedWith(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsComparedWithLoader).load(o.id);
  }

  @Extensions(compiledRead(observationByIdLoader, 'parentId'))
  @FieldResolver(() => IndicatorObservationType, { nullable: true, description: 'The total this figure is one part of.' })
  total(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.parentId ? loaders.get(observationByIdLoader).load(o.parentId) : null;
  }

  @Extensions(compiledRead(breakdownByObservationLoader))
  @FieldResolver(() => [IndicatorObservationType], { description: 'The parts of this figure, in source order ("Learning Disability 20 / Mental Health 27 ...").' })
  breakdown(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(breakdownByObservationLoader).load(o.id);
  }
}
