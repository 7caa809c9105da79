import { Extensions, Field, Float, ObjectType } from 'type-graphql';
import { withheldCell } from '../../graphql/withheld-cells';
import { maskedDescription } from '../../access/descriptions';
import { SuppressionReason } from '../../access/disclosure.enum';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { LocalDateResolver } from 'graphql-scalars';
import { MeasurementUnit, ObservationNature, ObservationScope, ObservationStatus, ValueQualifier } from './observation.enum';

@ObjectType('IndicatorObservation', {
  implements: [Node, Sourced, PartnershipRecord],
  description:
    'One figure exactly as a source states it. Never corrected: where two figures disagree, both are here. ' +
    'A breakdown item is an observation whose `total` is the figure it breaks down.',
})
export class IndicatorObservationType extends PartnershipRecord {
  @Field(() => Float, { nullable: true, description: 'The number; null when withheld from this caller (see `suppressed`).' })
  // Stored non-null: null here is disclosure control's doing (also where `suppressed` is not selected).
  @Extensions(withheldCell((o: IndicatorObservationType) => o.value === null))
  value!: number | null;

  @Field(() => MeasurementUnit)
  unit!: MeasurementUnit;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of a MONEY value.' })
  currency!: string | null;

  @Field(() => ValueQualifier, { description: 'How exactly the source states it ("over 300" is AT_LEAST).' })
  qualifier!: ValueQualifier;

  @Field(() => ObservationStatus, {
    description: 'Estimated, provisional, forecast or revised where the source says so; NORMAL otherwise (exports: SDMX OBS_STATUS).',
  })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'The figure exactly as written ("over 300", "59", "£8.4 billion"); null when withheld.' })
  statedAs!: string | null;

  @Field(() => String, {
    nullable: true,
    description: maskedDescription(
      "What was counted, in the source's words; where the figure is withheld, its numbers are masked too (\"[withheld] of which have the option of being accredited\").",
    ),
  })
  subject!: string | null;

  @Field(() => Boolean, {
    description:
      'True when the figure is withheld from this caller: a small count (1 to threshold-1), or a figure from which one could be worked out. ' +
      "The owning partnership's editors see every figure.",
  })
  suppressed!: boolean;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the figure is withheld, when it is.' })
  suppressionReason!: SuppressionReason | null;

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
