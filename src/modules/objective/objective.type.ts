import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MaskedNarrative, MASKED_NARRATIVE } from '../source/narrative-masks';

@ObjectType('Objective', { implements: [Node, Sourced, PartnershipRecord], description: 'One of a partnership\'s objectives, in its words.' })
export class ObjectiveType extends PartnershipRecord {
  @Field(() => String, { nullable: true, description: 'Numbering as in the source ("Objective 1").' })
  label!: string | null;

  @Field({ description: MASKED_NARRATIVE })
  @MaskedNarrative()
  text!: string;
}
