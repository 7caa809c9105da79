import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';

@ObjectType('Achievement', { implements: [Node, Sourced, PartnershipRecord], description: 'An achievement a partnership reports.' })
export class AchievementType extends PartnershipRecord {
  @Field()
  title!: string;

  @Field()
  narrative!: string;

  projectId!: number | null;
}
