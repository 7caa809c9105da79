import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { loadProject } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { TestimonialType } from './testimonial.type';

@Resolver(() => TestimonialType)
export class TestimonialResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() testimonial: TestimonialType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, testimonial.projectId);
  }
}
