import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { loadProject, projectByIdLoader } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { ActivityType } from './activity.type';

@Resolver(() => ActivityType)
export class ActivityResolver {
  @Extensions(compiledRead(projectByIdLoader, 'projectId'))
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() activity: ActivityType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, activity.projectId);
  }
}
