import { Arg, Args, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate, SortDirection, type SortKey } from '../../graphql/connection';
import { SuppressionReason } from '../disclosure/disclosure.enum';
import { disclosureByObservationLoader } from '../disclosure/disclosure.loader';
import { maskNumbers } from '../disclosure/disclosure.service';
import { MaskedNarrative, maskedDescription } from '../source/narrative-masks';
import type { HubContext } from '../../graphql/context';
import { FilterScope } from '../../graphql/filter';
import { IndicatorObservation } from './indicator-observation.entity';
import {
  compileObservationFilter,
  disclosedFigure,
  inlined,
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
import { loadProject } from '../project/project.loader';
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
    @Ctx() { em, loaders }: HubContext,
  ) {
    const scope = new FilterScope(loaders);
    const where = await compileObservationFilter(filter, scope, '"t"', em, loaders);
    const direction = orderBy?.direction === SortDirection.DESC ? 'desc' : 'asc';
    const keys: Array<SortKey<IndicatorObservationType & { __sortValue?: number | null }>> = [];
    const selects: string[] = [];
    switch (orderBy?.field ?? ObservationSortField.SOURCE_ORDER) {
      case ObservationSortField.VALUE: {
        // A figure that may be withheld from the caller sorts as missing: its place must not tell its value.
        const disclosed = await disclosedFigure(scope, '"t"', where);
        const expression = disclosed ? `(case when ${inlined(scope, disclosed)} then "t"."value" end)` : '"t"."value"';
        selects.push(`${expression} as "__sortValue"`);
        keys.push({ expression, direction, type: 'number', nullable: !!disclosed, value: (o) => (disclosed ? (o.__sortValue ?? null) : o.value) });
        break;
      }
      case ObservationSortField.PERIOD_END:
        keys.push({ expression: 'coalesce("t"."period_end", "t"."as_of")', direction, type: 'date', nullable: true, value: (o) => o.periodEnd ?? o.asOf });
        break;
      default:
        keys.push(
          { expression: '"t"."partnership_id"', direction, type: 'number', value: (o) => o.partnershipId },
          { expression: '"t"."ordinal"', direction, type: 'number', value: (o) => o.ordinal },
        );
    }
    keys.push({ expression: '"t"."id"', direction: 'asc', type: 'number', value: (o) => o.id });
    const knex = em.getKnex();
    return paginate<IndicatorObservationType & { __sortValue?: number | null }>({
      knex,
      query: () =>
        loaders
          .select(IndicatorObservation)
          .select(selects.map((s) => knex.raw(s)))
          .whereRaw(`(${where.sql})`, where.bindings as never),
      keys,
      args,
      run: (q) => loaders.run(q),
    });
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The number; null when withheld from this caller (see `suppressed`).',
  })
  async value(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(disclosureByObservationLoader).load(o.id)).reason ? null : o.value;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The figure exactly as written ("over 300", "59", "£8.4 billion"); null when withheld.',
  })
  async statedAs(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(disclosureByObservationLoader).load(o.id)).reason ? null : o.statedAs;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: maskedDescription(
      "What was counted, in the source's words; where the figure is withheld, its numbers are masked too (\"[withheld] of which have the option of being accredited\").",
    ),
  })
  @MaskedNarrative()
  async subject(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    if (o.subject === null) return null;
    // A subject may state the value itself ("6 of which ..."), and a breakdown item repeats its total's: masked with either.
    const disclosures = loaders.get(disclosureByObservationLoader);
    const [own, total] = await Promise.all([disclosures.load(o.id), o.parentId === null ? null : disclosures.load(o.parentId)]);
    return own.reason || total?.reason ? maskNumbers(o.subject) : o.subject;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the figure is withheld from this caller: a small count (1 to threshold-1), or a figure from which one could be worked out. ' +
      "The owning partnership's editors see every figure.",
  })
  async suppressed(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(disclosureByObservationLoader).load(o.id)).reason !== null;
  }

  @FieldResolver(() => SuppressionReason, { nullable: true, description: 'Why the figure is withheld, when it is.' })
  async suppressionReason(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(disclosureByObservationLoader).load(o.id)).reason;
  }

  @FieldResolver(() => [ConceptType], { description: 'Who the figure counts, in the shared taxonomy ("Physical Disability": physical-disability).' })
  concepts(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptsByObservationLoader).load(o.id);
  }

  @FieldResolver(() => MetricType)
  metric(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricByIdLoader).load(o.metricId);
  }

  @FieldResolver(() => PeriodType, { nullable: true })
  period(@Root() o: IndicatorObservationType) {
    return periodOf(o);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, o.projectId);
  }

  @FieldResolver(() => PlaceType, { nullable: true, description: 'The place a context figure is about ("Welsh average": Wales).' })
  area(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.areaId ? loaders.get(placeByIdLoader).load(o.areaId) : null;
  }

  @FieldResolver(() => IndicatorObservationType, { nullable: true, description: 'The benchmark the source compares this figure with.' })
  comparator(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.comparatorId ? loaders.get(observationByIdLoader).load(o.comparatorId) : null;
  }

  @FieldResolver(() => IndicatorObservationType, {
    nullable: true,
    description: 'The total this figure adds up to with other figures naming it, besides the total\'s breakdown (completers + on-going + early leavers = starters).',
  })
  sumsTo(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.sumsToId ? loaders.get(observationByIdLoader).load(o.sumsToId) : null;
  }

  @FieldResolver(() => [IndicatorObservationType], { description: 'Figures the source compares with this one (when this is a benchmark).' })
  comparedWith(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsComparedWithLoader).load(o.id);
  }

  @FieldResolver(() => IndicatorObservationType, { nullable: true, description: 'The total this figure is one part of.' })
  total(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return o.parentId ? loaders.get(observationByIdLoader).load(o.parentId) : null;
  }

  @FieldResolver(() => [IndicatorObservationType], { description: 'The parts of this figure, in source order ("Learning Disability 20 / Mental Health 27 ...").' })
  breakdown(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(breakdownByObservationLoader).load(o.id);
  }
}
