import { Field, ObjectType } from 'type-graphql';
import { PersonalData } from '../auth/personal-data';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { MaskedNarrative, maskedDescription } from '../source/narrative-masks';

@ObjectType('Testimonial', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A quote from a service user. Who said it and who referred them are personal data.',
})
export class TestimonialType extends PartnershipRecord {
  @Field({ description: maskedDescription('The quote, without its quotation marks.') })
  @MaskedNarrative()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Personal data: who said it, as described ("a single father").' })
  @PersonalData()
  speaker!: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: who referred the person ("the Supporting Children team").' })
  @PersonalData()
  referredBy!: string | null;

  projectId!: number | null;
}
