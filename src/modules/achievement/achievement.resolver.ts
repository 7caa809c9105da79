import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { loadProject, projectByIdLoader } from '../project/project.loader';
import { ProjectType } from '../project/project.type';
import { AchievementType } from './achievement.type';

@Resolver(() => AchievementType)
export class AchievementResolver {
  @Extensions(compiledRead(projectByIdLoader, 'projectId'))
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() achievement: AchievementType, @Ctx() { loaders }: HubContext) {
    return loadProject(loaders, achievement.projectId);
  }
}
