import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { InnovationDimension, InnovationLevel } from './innovation.enum';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('Innovation', {
  implements: [Node, Sourced, PartnershipRecord],
  description: "One point of a partnership's innovation scatter plot (dimension x level) and what it is about.",
})
export class InnovationType extends PartnershipRecord {
  @Field(() => InnovationDimension)
  dimension!: InnovationDimension;

  @Field(() => InnovationLevel)
  level!: InnovationLevel;

  @Field({ description: MASKED_NARRATIVE })
  description!: string;

  projectId!: number | null;
}
