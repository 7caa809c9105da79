import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { AchievementType } from '../achievement/achievement.type';
import { achievementsByProjectLoader } from '../achievement/achievement.loader';
import { ActivityType } from '../activity/activity.type';
import { activitiesByProjectLoader } from '../activity/activity.loader';
import { InnovationType } from '../innovation/innovation.type';
import { innovationsByProjectLoader } from '../innovation/innovation.loader';
import { IndicatorObservationType } from '../observation/indicator-observation.type';
import { observationsByProjectLoader } from '../observation/indicator-observation.loader';
import { organisationByIdLoader } from '../organisation/organisation.loader';
import { OrganisationType } from '../organisation/organisation.type';
import { TestimonialType } from '../testimonial/testimonial.type';
import { testimonialsByProjectLoader } from '../testimonial/testimonial.loader';
import { loadProject, partnersByProjectLoader } from './project.loader';
import { ProjectPartnerType, ProjectType } from './project.type';

@Resolver(() => ProjectType)
export class ProjectResolver {
  @FieldResolver(() => [ProjectPartnerType], { description: 'Organisations taking part, with their roles.' })
  partners(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnersByProjectLoader).load(project.id);
  }

  @FieldResolver(() => [ActivityType])
  activities(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(activitiesByProjectLoader).load(project.id);
  }

  @FieldResolver(() => [AchievementType])
  achievements(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(achievementsByProjectLoader).load(project.id);
  }

  @FieldResolver(() => [TestimonialType])
  testimonials(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(testimonialsByProjectLoader).load(project.id);
  }

  @FieldResolver(() => [InnovationType])
  innovations(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(innovationsByProjectLoader).load(project.id);
  }

  @FieldResolver(() => [IndicatorObservationType], { description: 'Figures about this project (totals; breakdowns under each).' })
  observations(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsByProjectLoader).load(project.id);
  }
}

@Resolver(() => ProjectPartnerType)
export class ProjectPartnerResolver {
  @FieldResolver(() => ProjectType)
  project(@Root() link: ProjectPartnerType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, link.projectId);
  }

  @FieldResolver(() => OrganisationType)
  organisation(@Root() link: ProjectPartnerType, @Ctx() { loaders }: HubContext) {
    return loaders.get(organisationByIdLoader).load(link.organisationId);
  }
}
