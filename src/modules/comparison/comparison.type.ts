import { Extensions, Field, Float, InputType, ObjectType } from 'type-graphql';
import { withheldCell } from '../../graphql/withheld-cells';
import { LocalDateResolver } from 'graphql-scalars';
import { SuppressionReason } from '../../access/disclosure.enum';
import { IndicatorMappingType, IndicatorType } from '../indicator/indicator.type';
import { IndicatorObservationType } from '../observation/indicator-observation.type';
import { MeasurementUnit, ValueQualifier } from '../observation/observation.enum';
import { PartnershipType } from '../partnership/partnership.type';
import { CellStatus } from './comparison.enum';

@InputType('PeriodWindow', { description: 'Figures whose period (or as-of date) falls at least partly between these dates.' })
export class PeriodWindowInput {
  @Field(() => LocalDateResolver, { nullable: true })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  to?: string | null;
}

@ObjectType('ComparisonCell', { description: 'One partnership on one indicator.' })
export class ComparisonCellType {
  @Field(() => IndicatorType)
  indicator!: IndicatorType;

  @Field(() => CellStatus)
  status!: CellStatus;

  @Field(() => Float, { nullable: true, description: 'The figure (or derived rate); null when not reported or withheld.' })
  @Extensions(withheldCell((c: ComparisonCellType) => c.status === CellStatus.SUPPRESSED))
  value!: number | null;

  @Field(() => MeasurementUnit)
  unit!: MeasurementUnit;

  @Field(() => ValueQualifier, { nullable: true })
  qualifier!: ValueQualifier | null;

  @Field(() => IndicatorObservationType, {
    nullable: true,
    description: 'The figure shown, with its period, wording and provenance (source).',
  })
  observation!: IndicatorObservationType | null;

  @Field(() => IndicatorMappingType, { nullable: true, description: "How the partnership's metric matches the indicator." })
  mapping!: IndicatorMappingType | null;

  @Field(() => [IndicatorObservationType], { description: 'Other figures of the partnership matching the indicator.' })
  alternatives!: IndicatorObservationType[];

  @Field(() => SuppressionReason, { nullable: true })
  suppressionReason!: SuppressionReason | null;

  @Field(() => String, { nullable: true, description: 'Why there is no value: not reported, different periods, withheld ...' })
  reason!: string | null;

  @Field(() => ComparisonCellType, { nullable: true, description: 'For a derived rate: its numerator.' })
  numerator?: ComparisonCellType;

  @Field(() => ComparisonCellType, { nullable: true, description: 'For a derived rate: its denominator.' })
  denominator?: ComparisonCellType;

  partnershipId!: number;
}

@ObjectType('ComparisonRow')
export class ComparisonRowType {
  @Field(() => PartnershipType)
  partnership!: PartnershipType;

  @Field(() => [ComparisonCellType], { description: 'One cell per indicator, in the order asked.' })
  cells!: ComparisonCellType[];
}

@ObjectType('Comparison', { description: 'Partnerships x indicators.' })
export class ComparisonType {
  @Field(() => [IndicatorType])
  indicators!: IndicatorType[];

  @Field(() => [ComparisonRowType])
  rows!: ComparisonRowType[];
}

@ObjectType('SeriesPoint')
export class SeriesPointType {
  @Field(() => IndicatorObservationType)
  observation!: IndicatorObservationType;

  @Field(() => Float, { nullable: true, description: 'The figure; null when withheld.' })
  @Extensions(withheldCell((p: SeriesPointType) => p.value === null))
  value!: number | null;

  @Field(() => SuppressionReason, { nullable: true })
  suppressionReason!: SuppressionReason | null;

  @Field(() => Float, { nullable: true, description: 'Change from the previous point, in `changeUnit`.' })
  change!: number | null;
}

@ObjectType('Series', { description: "One metric of one partnership over time, with the benchmarks it is compared with." })
export class SeriesType {
  @Field(() => PartnershipType)
  partnership!: PartnershipType;

  @Field(() => [SeriesPointType])
  points!: SeriesPointType[];

  @Field(() => [IndicatorObservationType], { description: 'Benchmarks the source compares the figures with (a national average).' })
  benchmarks!: IndicatorObservationType[];

  @Field({ description: 'Unit of `change`: "percentage points" for percentages.' })
  changeUnit!: string;

  metricId!: number;
}
