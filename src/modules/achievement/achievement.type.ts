import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('Achievement', { implements: [Node, Sourced, PartnershipRecord], description: 'An achievement a partnership reports.' })
export class AchievementType extends PartnershipRecord {
  @Field({ description: MASKED_NARRATIVE })
  title!: string;

  @Field({ description: MASKED_NARRATIVE })
  narrative!: string;

  projectId!: number | null;
}
