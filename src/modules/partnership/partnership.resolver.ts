import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Loaders } from '../../db/row-loaders';
import { ConnectionArgs, selects } from '../../graphql/connection';
import { FilterScope } from '../../graphql/filter';
import { compiledRead, compiledRootRead, connectionPrefetch } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { achievementsByPartnershipLoader } from '../achievement/achievement.loader';
import { AchievementType } from '../achievement/achievement.type';
import { activitiesByPartnershipLoader } from '../activity/activity.loader';
import { ActivityType } from '../activity/activity.type';
import { contactsByPartnershipLoader } from '../contact/contact-person.loader';
import { ContactPersonType } from '../contact/contact-person.type';
import { illustrationsByPartnershipLoader } from '../illustration/illustration.loader';
import { IllustrationType } from '../illustration/illustration.type';
import { innovationsByPartnershipLoader } from '../innovation/innovation.loader';
import { InnovationType } from '../innovation/innovation.type';
import { metricsByPartnershipLoader } from '../metric/metric.loader';
import { MetricType } from '../metric/metric.type';
import { objectivesByPartnershipLoader } from '../objective/objective.loader';
import { ObjectiveType } from '../objective/objective.type';
import { observationsByPartnershipLoader } from '../observation/indicator-observation.loader';
import { IndicatorObservationType } from '../observation/indicator-observation.type';
import type { ReadPolicy } from '../../access/read-policy';
import { OrganisationRole } from '../organisation/organisation.enum';
import { Membership } from '../organisation/membership.entity';
import {
  membershipsByPartnershipLoader,
  organisationByIdLoader,
  organisationsByPartnershipLoader,
} from '../organisation/organisation.loader';
import { MembershipType, OrganisationType } from '../organisation/organisation.type';
import { placesByPartnershipLoader } from '../place/place.loader';
import { PlaceType } from '../place/place.type';
import { progressNotesByPartnershipLoader } from '../progress-note/progress-note.loader';
import { ProgressNoteType } from '../progress-note/progress-note.type';
import { projectsByPartnershipLoader } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { reportsByPartnershipLoader } from '../report/report.loader';
import { ReportType } from '../report/report.type';
import {
  beneficiaryCategoriesByConceptLoader,
  beneficiaryCategoriesByPartnershipLoader,
  targetGroupsByConceptLoader,
  targetGroupsByPartnershipLoader,
  type ConceptPathMatch,
} from '../target-group/target-group.loader';
import { BeneficiaryCategoryType, TargetGroupType } from '../target-group/target-group.type';
import { testimonialsByPartnershipLoader } from '../testimonial/testimonial.loader';
import { TestimonialType } from '../testimonial/testimonial.type';
import { transnationalPartnershipsByPartnershipLoader } from '../transnational/transnational.loader';
import { TransnationalPartnershipType } from '../transnational/transnational.type';
import { resolveConcepts } from '../taxonomy/concept.filter';
import { ConceptScheme, PROGRAMME_CONCEPT } from '../taxonomy/concept.enum';
import { conceptByCodeLoader, conceptByIdLoader } from '../taxonomy/concept.loader';
import { ConceptType } from '../taxonomy/concept.type';
import { PartnershipFilter, PartnershipOrder } from './partnership-filter.input';
import { PartnershipFilterService } from './partnership-filter.service';
import { fieldSourcesByPartnershipLoader, partnershipByIdLoader, partnershipBySlugLoader } from './partnership.loader';
import { PartnershipConnection, PartnershipFieldSourceType, PartnershipRecord, PartnershipType } from './partnership.type';
import { sourcePassageByIdLoader } from '../source/source.loader';
import { SourcePassageType } from '../source/source.type';

/** The loader key of a partnership's groups mapped to `concepts` (checked: known POPULATION concepts). */
async function conceptMatchKey(partnershipId: number, codes: string[], includeNarrower: boolean, loaders: Loaders): Promise<string> {
  const concepts = await resolveConcepts(new FilterScope(loaders, 'concepts'), codes, 'concepts', ConceptScheme.POPULATION);
  const match: ConceptPathMatch = { paths: concepts.map((c) => c.path).sort(), includeNarrower };
  return `${partnershipId}|${JSON.stringify(match)}`;
}

/**
 * SQL: the organisation of the partnership's first LEAD membership the caller sees (as
 * `leadOrganisation` finds it), for the read compiler.
 */
function leadOrganisationIdSql(partnership: string, policy: ReadPolicy): string {
  const visible = policy.visibleSql(Membership, '"lead"');
  return `(select "lead"."organisation_id" from "membership" "lead" where "lead"."partnership_id" = ${partnership}."id"
    and "lead"."role" = '${OrganisationRole.LEAD}'${visible ? ` and ${visible}` : ''} order by "lead"."ordinal", "lead"."id" limit 1)`;
}

/** The partnership is the aggregate root: every list a partnership states hangs off it here. */
@Resolver(() => PartnershipType)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, {
    description:
      'Partnerships, filtered (places, countries, programmes, rounds, theme, population groups, innovations, ' +
      'organisations, active on a date, full text; combined with and/or/not) and ordered (by name unless told otherwise).',
  })
  partnerships(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter: PartnershipFilter | null,
    @Arg('orderBy', () => [PartnershipOrder], { nullable: true, description: 'Sort keys, most significant first; ties are broken by ID.' })
    orderBy: PartnershipOrder[] | null,
    @Ctx() context: HubContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new PartnershipFilterService(context.em, context.loaders).list(filter, orderBy, args, connectionPrefetch(info, context), selects(info, 'totalCount'));
  }

  @Query(() => PartnershipType, { nullable: true, description: 'A partnership by its slug ("bury-est").' })
  @Extensions(compiledRootRead(partnershipBySlugLoader, 'slug'))
  partnership(@Arg('slug') slug: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipBySlugLoader).load(slug);
  }

  @Extensions(compiledRead(fieldSourcesByPartnershipLoader))
  @FieldResolver(() => [PartnershipFieldSourceType], { description: 'Where each narrative or dated field was read.' })
  fieldSources(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(fieldSourcesByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(placesByPartnershipLoader))
  @FieldResolver(() => [PlaceType], { description: 'Places it works in.' })
  places(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(placesByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(membershipsByPartnershipLoader))
  @FieldResolver(() => [MembershipType], { description: 'Organisations and their roles (lead, partner, funder ...).' })
  memberships(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(membershipsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(organisationByIdLoader, leadOrganisationIdSql))
  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation with the LEAD role.' })
  async leadOrganisation(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    const lead = (await loaders.get(membershipsByPartnershipLoader).load(p.id)).find((m) => m.role === OrganisationRole.LEAD);
    return lead ? loaders.get(organisationByIdLoader).load(lead.organisationId) : null;
  }

  @Extensions(compiledRead(organisationsByPartnershipLoader))
  @FieldResolver(() => [OrganisationType], { description: 'Organisations with any role, each once.' })
  organisations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(organisationsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(contactsByPartnershipLoader))
  @FieldResolver(() => [ContactPersonType])
  contacts(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(contactsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(objectivesByPartnershipLoader))
  @FieldResolver(() => [ObjectiveType])
  objectives(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(objectivesByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(activitiesByPartnershipLoader))
  @FieldResolver(() => [ActivityType])
  activities(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(activitiesByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(targetGroupsByPartnershipLoader))
  @FieldResolver(() => [TargetGroupType], { description: 'Groups it targets, in its own wording; with `concepts`, only those mapped to them.' })
  async targetGroups(
    @Root() p: PartnershipType,
    @Arg('concepts', () => [String], { nullable: true, description: 'POPULATION concept codes.' }) concepts: string[] | null,
    @Arg('includeNarrower', { defaultValue: true, description: 'Also groups mapped to narrower concepts.' }) includeNarrower: boolean,
    @Ctx() { loaders }: HubContext,
  ) {
    if (!concepts) return loaders.get(targetGroupsByPartnershipLoader).load(p.id);
    return loaders.get(targetGroupsByConceptLoader).load(await conceptMatchKey(p.id, concepts, includeNarrower, loaders));
  }

  @Extensions(compiledRead(beneficiaryCategoriesByPartnershipLoader))
  @FieldResolver(() => [BeneficiaryCategoryType], {
    description: 'Categories it reports beneficiaries in, in its own wording; with `concepts`, only those mapped to them.',
  })
  async beneficiaryCategories(
    @Root() p: PartnershipType,
    @Arg('concepts', () => [String], { nullable: true, description: 'POPULATION concept codes.' }) concepts: string[] | null,
    @Arg('includeNarrower', { defaultValue: true, description: 'Also categories mapped to narrower concepts.' }) includeNarrower: boolean,
    @Ctx() { loaders }: HubContext,
  ) {
    if (!concepts) return loaders.get(beneficiaryCategoriesByPartnershipLoader).load(p.id);
    return loaders.get(beneficiaryCategoriesByConceptLoader).load(await conceptMatchKey(p.id, concepts, includeNarrower, loaders));
  }

  @Extensions(compiledRead(conceptByIdLoader, 'themeConceptId'))
  @FieldResolver(() => ConceptType, { nullable: true, description: 'The THEME concept its theme stands for.' })
  themeConcept(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return p.themeConceptId ? loaders.get(conceptByIdLoader).load(p.themeConceptId) : null;
  }

  @FieldResolver(() => ConceptType, { nullable: true, description: 'The PROGRAMME concept of its programme (labels in several languages).' })
  programmeConcept(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptByCodeLoader).load(PROGRAMME_CONCEPT[p.programme]);
  }

  @Extensions(compiledRead(projectsByPartnershipLoader))
  @FieldResolver(() => [ProjectType])
  projects(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(projectsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(achievementsByPartnershipLoader))
  @FieldResolver(() => [AchievementType])
  achievements(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(achievementsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(testimonialsByPartnershipLoader))
  @FieldResolver(() => [TestimonialType])
  testimonials(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(testimonialsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(innovationsByPartnershipLoader))
  @FieldResolver(() => [InnovationType], { description: 'Its innovation scatter plot.' })
  innovations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(innovationsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(reportsByPartnershipLoader))
  @FieldResolver(() => [ReportType])
  reports(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(reportsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(progressNotesByPartnershipLoader))
  @FieldResolver(() => [ProgressNoteType], { description: 'Progress notes of all its reports.' })
  progressNotes(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(progressNotesByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(illustrationsByPartnershipLoader))
  @FieldResolver(() => [IllustrationType])
  illustrations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(illustrationsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(metricsByPartnershipLoader))
  @FieldResolver(() => [MetricType], { description: 'Metrics its sources define.' })
  metrics(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(observationsByPartnershipLoader))
  @FieldResolver(() => [IndicatorObservationType], {
    description: 'Its figures (totals; each breakdown hangs under its total), in source order.',
  })
  observations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsByPartnershipLoader).load(p.id);
  }

  @Extensions(compiledRead(transnationalPartnershipsByPartnershipLoader))
  @FieldResolver(() => [TransnationalPartnershipType])
  transnationalPartnerships(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(transnationalPartnershipsByPartnershipLoader).load(p.id);
  }
}

@Resolver(() => PartnershipRecord)
export class PartnershipRecordResolver {
  @Extensions(compiledRead(partnershipByIdLoader, 'partnershipId'))
  @FieldResolver(() => PartnershipType)
  partnership(@Root() record: PartnershipRecord, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipByIdLoader).load(record.partnershipId);
  }
}

@Resolver(() => PartnershipFieldSourceType)
export class PartnershipFieldSourceResolver {
  @Extensions(compiledRead(sourcePassageByIdLoader, 'sourceId'))
  @FieldResolver(() => SourcePassageType)
  source(@Root() fieldSource: PartnershipFieldSourceType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourcePassageByIdLoader).load(fieldSource.sourceId);
  }
}
