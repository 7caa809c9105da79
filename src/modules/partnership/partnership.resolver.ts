import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
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
import { OrganisationRole } from '../organisation/organisation.enum';
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
import { beneficiaryCategoriesByPartnershipLoader, targetGroupsByPartnershipLoader } from '../target-group/target-group.loader';
import { BeneficiaryCategoryType, TargetGroupType } from '../target-group/target-group.type';
import { testimonialsByPartnershipLoader } from '../testimonial/testimonial.loader';
import { TestimonialType } from '../testimonial/testimonial.type';
import { transnationalPartnershipsByPartnershipLoader } from '../transnational/transnational.loader';
import { TransnationalPartnershipType } from '../transnational/transnational.type';
import { Partnership } from './partnership.entity';
import { fieldSourcesByPartnershipLoader, partnershipByIdLoader, partnershipBySlugLoader } from './partnership.loader';
import { PartnershipConnection, PartnershipFieldSourceType, PartnershipRecord, PartnershipType } from './partnership.type';
import { sourcePassageByIdLoader } from '../source/source.loader';
import { SourcePassageType } from '../source/source.type';

/** The partnership is the aggregate root: every list a partnership states hangs off it here. */
@Resolver(() => PartnershipType)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, { description: 'Every partnership, by name.' })
  partnerships(@Args() args: ConnectionArgs, @Ctx() { em, loaders }: HubContext) {
    return paginate<PartnershipType>({
      knex: em.getKnex(),
      query: () => loaders.select(Partnership),
      keys: [
        { expression: '"t"."name"', direction: 'asc', value: (p) => p.name },
        { expression: '"t"."id"', direction: 'asc', value: (p) => p.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Query(() => PartnershipType, { nullable: true, description: 'A partnership by its slug ("bury-est").' })
  partnership(@Arg('slug') slug: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipBySlugLoader).load(slug);
  }

  @FieldResolver(() => [PartnershipFieldSourceType], { description: 'Where each narrative or dated field was read.' })
  fieldSources(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(fieldSourcesByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [PlaceType], { description: 'Places it works in.' })
  places(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(placesByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [MembershipType], { description: 'Organisations and their roles (lead, partner, funder ...).' })
  memberships(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(membershipsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation with the LEAD role.' })
  async leadOrganisation(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    const lead = (await loaders.get(membershipsByPartnershipLoader).load(p.id)).find((m) => m.role === OrganisationRole.LEAD);
    return lead ? loaders.get(organisationByIdLoader).load(lead.organisationId) : null;
  }

  @FieldResolver(() => [OrganisationType], { description: 'Organisations with any role, each once.' })
  organisations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(organisationsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [ContactPersonType])
  contacts(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(contactsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [ObjectiveType])
  objectives(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(objectivesByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [ActivityType])
  activities(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(activitiesByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [TargetGroupType])
  targetGroups(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(targetGroupsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [BeneficiaryCategoryType])
  beneficiaryCategories(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(beneficiaryCategoriesByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [ProjectType])
  projects(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(projectsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [AchievementType])
  achievements(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(achievementsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [TestimonialType])
  testimonials(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(testimonialsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [InnovationType], { description: 'Its innovation scatter plot.' })
  innovations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(innovationsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [ReportType])
  reports(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(reportsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [ProgressNoteType], { description: 'Progress notes of all its reports.' })
  progressNotes(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(progressNotesByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [IllustrationType])
  illustrations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(illustrationsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [MetricType], { description: 'Metrics its sources define.' })
  metrics(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(metricsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [IndicatorObservationType], {
    description: 'Its figures (totals; each breakdown hangs under its total), in source order.',
  })
  observations(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsByPartnershipLoader).load(p.id);
  }

  @FieldResolver(() => [TransnationalPartnershipType])
  transnationalPartnerships(@Root() p: PartnershipType, @Ctx() { loaders }: HubContext) {
    return loaders.get(transnationalPartnershipsByPartnershipLoader).load(p.id);
  }
}

@Resolver(() => PartnershipRecord)
export class PartnershipRecordResolver {
  @FieldResolver(() => PartnershipType)
  partnership(@Root() record: PartnershipRecord, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipByIdLoader).load(record.partnershipId);
  }
}

@Resolver(() => PartnershipFieldSourceType)
export class PartnershipFieldSourceResolver {
  @FieldResolver(() => SourcePassageType)
  source(@Root() fieldSource: PartnershipFieldSourceType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourcePassageByIdLoader).load(fieldSource.sourceId);
  }
}
