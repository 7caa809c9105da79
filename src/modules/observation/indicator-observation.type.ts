import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { LocalDateResolver } from 'graphql-scalars';
import { MeasurementUnit, ObservationNature, ObservationScope, ValueQualifier } from './observation.enum';

@ObjectType('IndicatorObservation', {
  implements: [Node, Sourced, PartnershipRecord],
  description:
    'One figure exactly as a source states it. Never corrected: where two figures disagree, both are here. ' +
    'A breakdown item is an observation whose `total` is the figure it breaks down.',
})
export class IndicatorObservationType extends PartnershipRecord {
  /** Exposed through IndicatorObservationResolver.value: withheld from non-owners when small. */
  value!: number;

  @Field(() => MeasurementUnit)
  unit!: MeasurementUnit;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of a MONEY value.' })
  currency!: string | null;

  @Field(() => ValueQualifier, { description: 'How exactly the source states it ("over 300" is AT_LEAST).' })
  qualifier!: ValueQualifier;

  /** Exposed through IndicatorObservationResolver.statedAs (withheld with the value). */
  statedAs!: string;

  subject!: string | null;

  @Field(() => ObservationScope)
  scope!: ObservationScope;

  @Field(() => ObservationNature)
  nature!: ObservationNature;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date a cumulative figure was true.' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'What the breakdown splits by ("beneficiary group"); set on breakdown items.' })
  breakdownDimension!: string | null;

  @Field(() => String, { nullable: true, description: 'The group as the source names it ("Learning Disability", "LD"); set on breakdown items.' })
  breakdownCategory!: string | null;

  metricId!: number;
  projectId!: number | null;
  areaId!: number | null;
  comparatorId!: number | null;
  sumsToId!: number | null;
  parentId!: number | null;
  periodLabel!: string | null;
  periodStart!: string | null;
  periodEnd!: string | null;
}

@ObjectType()
export class IndicatorObservationConnection extends ConnectionType(IndicatorObservationType, 'IndicatorObservation') {}
