import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('Activity', { implements: [Node, Sourced, PartnershipRecord], description: 'Something a partnership does, in its words.' })
export class ActivityType extends PartnershipRecord {
  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field({ description: MASKED_NARRATIVE })
  text!: string;

  projectId!: number | null;
}
