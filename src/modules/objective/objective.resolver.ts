import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { progressNotesByObjectiveLoader } from '../progress-note/progress-note.loader';
import { ProgressNoteType } from '../progress-note/progress-note.type';
import { ObjectiveType } from './objective.type';

@Resolver(() => ObjectiveType)
export class ObjectiveResolver {
  @Extensions(compiledRead(progressNotesByObjectiveLoader))
  @FieldResolver(() => [ProgressNoteType], { description: 'What progress reports say was done towards this objective.' })
  progressNotes(@Root() objective: ObjectiveType, @Ctx() { loaders }: HubContext) {
    return loaders.get(progressNotesByObjectiveLoader).load(objective.id);
  }
}
