import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { loadProject } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { InnovationType } from './innovation.type';

@Resolver(() => InnovationType)
export class InnovationResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() innovation: InnovationType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, innovation.projectId);
  }
}
