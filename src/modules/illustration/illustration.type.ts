import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('Illustration', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'An image on a profile page, known by its caption (the images were not received).',
})
export class IllustrationType extends PartnershipRecord {
  @Field({ description: MASKED_NARRATIVE })
  caption!: string;

  @Field(() => String, { nullable: true })
  section!: string | null;
}
