import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { OrganisationRole } from '../organisation/organisation.enum';
import { SharingLevel } from '../../access/roles';
import { Sourced } from '../source/source.type';
import { TransnationalEventKind } from './transnational.enum';
import { MASKED_NARRATIVE } from '../../access/descriptions';

@ObjectType('TransnationalPartnership', {
  implements: [Node, Sourced],
  description: 'A partnership of development partnerships across EU member states (FUTURO).',
})
export class TransnationalPartnershipType extends Sourced {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  description!: string | null;
}

@ObjectType('TransnationalMember', {
  implements: [Node, Sourced],
  description: 'A member of a transnational partnership: a partnership in the hub, an organisation, or a member named only in words.',
})
export class TransnationalMemberType extends Sourced {
  @Field(() => String, { nullable: true, description: 'The member as named in words ("European partners").' })
  name!: string | null;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => Int, { name: 'ordinal', description: 'Position in the source among the records the caller may see, from 0.' })
  position!: number;

  /** Its place in the source file, hidden records counted: the order lists are read in, never shown. */
  ordinal!: number;

  @Field(() => SharingLevel, { description: 'Who may see it.' })
  sharing!: SharingLevel;

  transnationalPartnershipId!: number;
  declaredById!: number;
  partnershipId!: number | null;
  organisationId!: number | null;
}

@ObjectType('TransnationalEvent', { implements: [Node, Sourced], description: 'A meeting or seminar of a transnational partnership.' })
export class TransnationalEventType extends Sourced {
  @Field({ description: MASKED_NARRATIVE })
  title!: string;

  @Field(() => TransnationalEventKind)
  kind!: TransnationalEventKind;

  @Field(() => String, { nullable: true, description: 'The host as the source names it.' })
  hostName!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  occurredOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Latest date it can have happened, when only that is known.' })
  occurredBy!: string | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  description!: string | null;

  @Field(() => SharingLevel, { description: 'Who may see it.' })
  sharing!: SharingLevel;

  transnationalPartnershipId!: number;
  hostPartnershipId!: number | null;
  declaredById!: number;
}

@ObjectType()
export class TransnationalPartnershipConnection extends ConnectionType(TransnationalPartnershipType, 'TransnationalPartnership') {}
