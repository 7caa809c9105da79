import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { loadProject, projectByIdLoader } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { InnovationType } from './innovation.type';

@Resolver(() => InnovationType)
export class InnovationResolver {
  @Extensions(compiledRead(projectByIdLoader, 'projectId'))
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() innovation: InnovationType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, innovation.projectId);
  }
}
