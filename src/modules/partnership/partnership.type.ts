import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { SharingLevel } from '../../access/roles';
import { Sourced, SourcePassageType } from '../source/source.type';
import { PartnershipField, PartnershipStatus, Programme } from './partnership.enum';
import { MASKED_NARRATIVE, maskedDescription } from '../../access/descriptions';

@ObjectType('Partnership', {
  implements: [Node, Sourced],
  description: 'A development partnership (or comparable local programme) and everything its sources state.',
})
export class PartnershipType extends Sourced {
  @Field({ description: 'URL-safe unique name, e.g. "powys-equals".' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => Programme)
  programme!: Programme;

  @Field(() => Int, { nullable: true, description: 'EQUAL round (1 or 2), when the source states it.' })
  round!: number | null;

  @Field(() => String, { nullable: true, description: 'Theme as the source names it ("Social economy").' })
  theme!: string | null;

  @Field(() => PartnershipStatus)
  status!: PartnershipStatus;

  @Field(() => String, { nullable: true, description: 'The wider Development Partnership this one reports within.' })
  developmentPartnership!: string | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  description!: string | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  background!: string | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  aims!: string | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  origins!: string | null;

  @Field(() => String, { nullable: true, description: maskedDescription('Intended impact and sustainability.') })
  intendedImpact!: string | null;

  @Field(() => String, { nullable: true, description: maskedDescription('What the source says about Round 1 (to Round 2).') })
  roundOneHistory!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End date of EQUAL Action 2.' })
  action2EndDate!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End date of EQUAL Action 3.' })
  action3EndDate!: string | null;

  @Field(() => SharingLevel, { description: 'Who may see the partnership; its records are never shared more widely.' })
  sharing!: SharingLevel;

  themeConceptId!: number | null;
}

@ObjectType('PartnershipFieldSource', { description: 'Provenance of one partnership field.' })
export class PartnershipFieldSourceType {
  @Field(() => PartnershipField)
  field!: PartnershipField;

  @Field(() => SourcePassageType)
  source!: SourcePassageType;

  id!: number;
  sourceId!: number;
}

/** Records one partnership states (objectives, figures, ...), in source order. */
@InterfaceType('PartnershipRecord', {
  implements: [Node, Sourced],
  description: 'A record stated by one partnership, listed in its source order.',
  resolveType: (row: { __typename?: string }) => row.__typename,
})
export abstract class PartnershipRecord extends Sourced {
  @Field({ description: 'Stable key within the partnership (from the interchange file).' })
  key!: string;

  @Field(() => Int, { name: 'ordinal', description: 'Position in the source among the records the caller may see, from 0.' })
  position!: number;

  /** Its place in the source file, hidden records counted: the order lists are read in, never shown. */
  ordinal!: number;

  @Field(() => PartnershipType)
  partnership!: PartnershipType;

  @Field(() => SharingLevel, { description: 'Who may see it.' })
  sharing!: SharingLevel;

  partnershipId!: number;
}

@ObjectType()
export class PartnershipConnection extends ConnectionType(PartnershipType, 'Partnership') {}
