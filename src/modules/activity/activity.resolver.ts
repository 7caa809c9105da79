import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { loadProject } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { ActivityType } from './activity.type';

@Resolver(() => ActivityType)
export class ActivityResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() activity: ActivityType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, activity.projectId);
  }
}
