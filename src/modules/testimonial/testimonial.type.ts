import { Field, ObjectType } from 'type-graphql';
import { PrivateData } from '../../graphql/cache-policy';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { maskedDescription } from '../../access/descriptions';

@ObjectType('Testimonial', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A quote from a service user. Who said it and who referred them are personal data.',
})
export class TestimonialType extends PartnershipRecord {
  @Field({ description: maskedDescription('The quote, without its quotation marks.') })
  text!: string;

  @PrivateData()
  @Field(() => String, { nullable: true, description: 'Personal data: who said it, as described ("a single father").' })
  speaker!: string | null;

  @PrivateData()
  @Field(() => String, { nullable: true, description: 'Personal data: who referred the person ("the Supporting Children team").' })
  referredBy!: string | null;

  projectId!: number | null;

  @Field(() => [String], { description: 'Personal-data fields withheld from this caller (they read null).' })
  redactedFields!: string[];
}
