import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MaskedNarrative, MASKED_NARRATIVE } from '../source/narrative-masks';

@ObjectType('Achievement', { implements: [Node, Sourced, PartnershipRecord], description: 'An achievement a partnership reports.' })
export class AchievementType extends PartnershipRecord {
  @Field({ description: MASKED_NARRATIVE })
  @MaskedNarrative()
  title!: string;

  @Field({ description: MASKED_NARRATIVE })
  @MaskedNarrative()
  narrative!: string;

  projectId!: number | null;
}
