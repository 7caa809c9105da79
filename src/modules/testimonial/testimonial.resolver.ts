import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { loadProject } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { redactedFields } from '../auth/personal-data';
import { TestimonialType } from './testimonial.type';

@Resolver(() => TestimonialType)
export class TestimonialResolver {
  @FieldResolver(() => [String], { description: 'Personal-data fields withheld from this caller (they read null).' })
  redactedFields(@Root() testimonial: TestimonialType, @Ctx() context: HubContext) {
    return redactedFields(TestimonialType, testimonial.partnershipId, context);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() testimonial: TestimonialType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, testimonial.projectId);
  }
}
