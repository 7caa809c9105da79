import { EmailAddressResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { PrivateData } from '../../graphql/cache-policy';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';

@ObjectType('ContactPerson', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A named contact of a partnership. Personal data: fields marked so are visible only to those entitled.',
})
export class ContactPersonType extends PartnershipRecord {
  @PrivateData()
  @Field(() => String, { nullable: true, description: 'Personal data: null unless the caller owns the partnership.' })
  name!: string;

  @PrivateData()
  @Field(() => String, { nullable: true, description: 'Personal data: null unless the caller owns the partnership.' })
  jobTitle!: string | null;

  @PrivateData()
  @Field(() => EmailAddressResolver, { nullable: true, description: 'Personal data: null unless the caller owns the partnership.' })
  email!: string | null;

  @PrivateData()
  @Field(() => String, { nullable: true, description: 'Personal data: null unless the caller owns the partnership.' })
  phone!: string | null;

  organisationId!: number | null;

  @Field(() => [String], { description: 'Personal-data fields withheld from this caller (they read null).' })
  redactedFields!: string[];
}
