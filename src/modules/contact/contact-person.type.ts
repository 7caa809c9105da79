import { EmailAddressResolver } from 'graphql-scalars';
import { Extensions, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';

/** Fields carrying personal data are marked so the auth layer (and readers of the schema) know. */
const PERSONAL = { personalData: true } as const;

@ObjectType('ContactPerson', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A named contact of a partnership. Personal data: fields marked so are visible only to those entitled.',
})
export class ContactPersonType extends PartnershipRecord {
  @Field({ description: 'Personal data.' })
  @Extensions(PERSONAL)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Personal data.' })
  @Extensions(PERSONAL)
  jobTitle!: string | null;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Personal data.' })
  @Extensions(PERSONAL)
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data.' })
  @Extensions(PERSONAL)
  phone!: string | null;

  organisationId!: number | null;
}
