import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { objectiveByIdLoader } from '../objective/objective.loader';
import { ObjectiveType } from '../objective/objective.type';
import { reportByIdLoader } from '../report/report.loader';
import { ReportType } from '../report/report.type';
import { ProgressNoteType } from './progress-note.type';

@Resolver(() => ProgressNoteType)
export class ProgressNoteResolver {
  @Extensions(compiledRead(reportByIdLoader, 'reportId'))
  @FieldResolver(() => ReportType)
  report(@Root() note: ProgressNoteType, @Ctx() { loaders }: HubContext) {
    return loaders.get(reportByIdLoader).load(note.reportId);
  }

  @Extensions(compiledRead(objectiveByIdLoader, 'objectiveId'))
  @FieldResolver(() => ObjectiveType, { nullable: true, description: 'The objective the note reports progress towards.' })
  objective(@Root() note: ProgressNoteType, @Ctx() { loaders }: HubContext) {
    return note.objectiveId ? loaders.get(objectiveByIdLoader).load(note.objectiveId) : null;
  }
}
