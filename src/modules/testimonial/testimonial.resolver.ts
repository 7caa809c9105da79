import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { loadProject, projectByIdLoader } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { TestimonialType } from './testimonial.type';

@Resolver(() => TestimonialType)
export class TestimonialResolver {
  @Extensions(compiledRead(projectByIdLoader, 'projectId'))
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() testimonial: TestimonialType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, testimonial.projectId);
  }
}
