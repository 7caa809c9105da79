import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { metricByIdLoader } from '../metric/metric.loader';
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
import { IndicatorObservationType } from './indicator-observation.type';
import { periodOf, PeriodType } from './period.type';

@Resolver(() => IndicatorObservationType)
export class IndicatorObservationResolver {
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
