import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { CountOf, MeasurementUnit } from '../observation/observation.enum';

@ObjectType('Metric', { implements: Node, description: 'A measured thing as one partnership defines it ("Number of Starters").' })
export class MetricType extends Node {
  @Field({ description: 'Stable code ("bury-est/starters").' })
  key!: string;

  @Field({ description: "The source's wording." })
  label!: string;

  @Field(() => MeasurementUnit)
  unit!: MeasurementUnit;

  @Field(() => CountOf, { nullable: true, description: 'For counts: people, organisations or other things. Small counts of people are withheld from non-owners.' })
  countOf!: CountOf | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  definedById!: number | null;
}

@ObjectType()
export class MetricConnection extends ConnectionType(MetricType, 'Metric') {}
