import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('Objective', { implements: [Node, Sourced, PartnershipRecord], description: 'One of a partnership\'s objectives, in its words.' })
export class ObjectiveType extends PartnershipRecord {
  @Field(() => String, { nullable: true, description: 'Numbering as in the source ("Objective 1").' })
  label!: string | null;

  @Field({ description: MASKED_NARRATIVE })
  text!: string;
}
