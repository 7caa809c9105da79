import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('TargetGroup', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A group a partnership targets, in its own wording ("Substance abusers").',
})
export class TargetGroupType extends PartnershipRecord {
  @Field({ description: "The partnership's wording, kept as written." })
  label!: string;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  note!: string | null;
}

@ObjectType('BeneficiaryCategory', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A category a partnership reports its beneficiaries in, in its own wording ("Drug and alcohol misusers").',
})
export class BeneficiaryCategoryType extends PartnershipRecord {
  @Field({ description: "The partnership's wording, kept as written." })
  label!: string;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  note!: string | null;
}
