import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
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
import { loadProject, projectByIdLoader, partnersByProjectLoader } from './project.loader';
import { ProjectPartnerType, ProjectType } from './project.type';

@Resolver(() => ProjectType)
export class ProjectResolver {
  @Extensions(compiledRead(partnersByProjectLoader))
  @FieldResolver(() => [ProjectPartnerType], { description: 'Organisations taking part, with their roles.' })
  partners(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnersByProjectLoader).load(project.id);
  }

  @Extensions(compiledRead(activitiesByProjectLoader))
  @FieldResolver(() => [ActivityType])
  activities(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(activitiesByProjectLoader).load(project.id);
  }

  @Extensions(compiledRead(achievementsByProjectLoader))
  @FieldResolver(() => [AchievementType])
  achievements(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(achievementsByProjectLoader).load(project.id);
  }

  @Extensions(compiledRead(testimonialsByProjectLoader))
  @FieldResolver(() => [TestimonialType])
  testimonials(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(testimonialsByProjectLoader).load(project.id);
  }

  @Extensions(compiledRead(innovationsByProjectLoader))
  @FieldResolver(() => [InnovationType])
  innovations(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(innovationsByProjectLoader).load(project.id);
  }

  @Extensions(compiledRead(observationsByProjectLoader))
  @FieldResolver(() => [IndicatorObservationType], { description: 'Figures about this project (totals; breakdowns under each).' })
  observations(@Root() project: ProjectType, @Ctx() { loaders }: HubContext) {
    return loaders.get(observationsByProjectLoader).load(project.id);
  }
}

@Resolver(() => ProjectPartnerType)
export class ProjectPartnerResolver {
  @Extensions(compiledRead(projectByIdLoader, 'projectId'))
  @FieldResolver(() => ProjectType)
  project(@Root() link: ProjectPartnerType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, link.projectId);
  }

  @Extensions(compiledRead(organisationByIdLoader, 'organisationId'))
  @FieldResolver(() => OrganisationType)
  organisation(@Root() link: ProjectPartnerType, @Ctx() { loaders }: HubContext) {
    return loaders.get(organisationByIdLoader).load(link.organisationId);
  }
}
