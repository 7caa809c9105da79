import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { PartnershipRecord } from '../partnership/partnership.type';
import { Sourced } from '../source/source.type';
import { OrganisationRole, OrganisationSector } from './organisation.enum';
import { MASKED_NARRATIVE, maskedDescription } from '../../access/descriptions';

@ObjectType('Organisation', { implements: [Node, Sourced], description: 'An organisation named in a source, shared by every partnership that names it.' })
export class OrganisationType extends Sourced {
  @Field({ description: 'Stable key ("british-waterways").' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => OrganisationSector, { nullable: true })
  sector!: OrganisationSector | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  description!: string | null;

  placeId!: number | null;
}

@ObjectType('Membership', {
  implements: [Node, Sourced, PartnershipRecord],
  description: "An organisation's role in a partnership.",
})
export class MembershipType extends PartnershipRecord {
  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => String, { nullable: true, description: maskedDescription("The source's own words for the link.") })
  description!: string | null;

  organisationId!: number;
}

@ObjectType()
export class OrganisationConnection extends ConnectionType(OrganisationType, 'Organisation') {}
