import { Field, ObjectType } from 'type-graphql';
import { MeasurementUnit } from '../observation/observation.enum';
import type { Localized } from './indicator.entity';
import { IndicatorFramework, IndicatorKind, MappingStrength } from './indicator.enum';

@ObjectType('Indicator', { description: 'A common indicator partnerships are compared on (ESF common indicators, or a rate the hub derives).' })
export class IndicatorType {
  @Field({ description: 'Stable code ("esf.cr04").' })
  code!: string;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => IndicatorFramework)
  framework!: IndicatorFramework;

  @Field(() => MeasurementUnit)
  unit!: MeasurementUnit;

  id!: number;
  label!: Localized;
  description!: Localized;
  numeratorCode!: string | null;
  denominatorCode!: string | null;
}

@ObjectType('IndicatorMapping', { description: "A partnership's metric matched to a common indicator, with how well it fits." })
export class IndicatorMappingType {
  @Field({ description: "The partnership's metric code." })
  metricKey!: string;

  @Field(() => MappingStrength)
  strength!: MappingStrength;

  @Field(() => String, { nullable: true, description: 'Why the fit is not exact, or what it rests on.' })
  note!: string | null;

  id!: number;
  indicatorId!: number;
}
