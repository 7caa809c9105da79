import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { SuppressionReason } from '../disclosure/disclosure.enum';
import { suppressionByObservationLoader } from '../disclosure/disclosure.loader';
import { sourcePassageByIdLoader } from '../source/source.loader';
import { SourcePassageType } from '../source/source.type';
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

const WITHHELD = '[withheld]';

/** A passage quoting a withheld figure, with its numbers masked (the rest shows where it came from). */
function maskNumbers(passage: SourcePassageType): SourcePassageType {
  const words = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
  return { ...passage, quote: passage.quote.replace(/\d+(?:[.,]\d+)*%?/g, WITHHELD).replace(words, WITHHELD) };
}

@Resolver(() => IndicatorObservationType)
export class IndicatorObservationResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The number; null when withheld from this caller (see `suppressed`).',
  })
  async value(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(suppressionByObservationLoader).load(o.id)) ? null : o.value;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The figure exactly as written ("over 300", "59", "£8.4 billion"); null when withheld.',
  })
  async statedAs(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(suppressionByObservationLoader).load(o.id)) ? null : o.statedAs;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the figure is withheld from this caller: a small count (1 to threshold-1), or a figure from which one could be worked out. ' +
      "The owning partnership's editors see every figure.",
  })
  async suppressed(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return (await loaders.get(suppressionByObservationLoader).load(o.id)) !== null;
  }

  @FieldResolver(() => SuppressionReason, { nullable: true, description: 'Why the figure is withheld, when it is.' })
  suppressionReason(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    return loaders.get(suppressionByObservationLoader).load(o.id);
  }

  @FieldResolver(() => SourcePassageType, { description: 'Provenance; numbers in the quote are masked when the figure is withheld.' })
  async source(@Root() o: IndicatorObservationType, @Ctx() { loaders }: HubContext) {
    const [passage, suppressed] = await Promise.all([
      loaders.get(sourcePassageByIdLoader).load(o.sourceId),
      loaders.get(suppressionByObservationLoader).load(o.id),
    ]);
    return passage && suppressed ? maskNumbers(passage) : passage;
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
