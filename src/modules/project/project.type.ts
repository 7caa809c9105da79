import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { OrganisationRole } from '../organisation/organisation.enum';
import { PartnershipRecord } from '../partnership/partnership.type';
import { SharingLevel } from '../../access/roles';
import { Sourced } from '../source/source.type';
import { ProjectKind } from './project.enum';
import { MASKED_NARRATIVE, maskedDescription } from '../../access/descriptions';

@ObjectType('Project', {
  implements: [Node, Sourced, PartnershipRecord],
  description: 'A project, initiative or social enterprise run by or linked to a partnership.',
})
export class ProjectType extends PartnershipRecord {
  @Field()
  name!: string;

  @Field(() => ProjectKind)
  kind!: ProjectKind;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: MASKED_NARRATIVE })
  background!: string | null;

  @Field(() => String, { nullable: true, description: maskedDescription("What changed (\"What's changed?\").") })
  whatChanged!: string | null;

  @Field(() => String, { nullable: true, description: maskedDescription('What difference it made.') })
  difference!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  establishedOn!: string | null;
}

@ObjectType('ProjectPartner', { implements: [Node, Sourced], description: "An organisation's part in a project." })
export class ProjectPartnerType extends Sourced {
  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => String, { nullable: true, description: maskedDescription("The source's own words for the link.") })
  description!: string | null;

  @Field(() => Int, { name: 'ordinal', description: 'Position in the source among the records the caller may see, from 0.' })
  position!: number;

  /** Its place in the source file, hidden records counted: the order lists are read in, never shown. */
  ordinal!: number;

  @Field(() => SharingLevel, { description: 'Who may see it.' })
  sharing!: SharingLevel;

  projectId!: number;
  partnershipId!: number;
  organisationId!: number;
}
