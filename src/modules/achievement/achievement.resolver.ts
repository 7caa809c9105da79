import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { loadProject } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { AchievementType } from './achievement.type';

@Resolver(() => AchievementType)
export class AchievementResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() achievement: AchievementType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, achievement.projectId);
  }
}
