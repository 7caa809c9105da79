import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { periodOf, PeriodType } from '../observation/period.type';
import { organisationByIdLoader } from '../organisation/organisation.loader';
import { OrganisationType } from '../organisation/organisation.type';
import { progressNotesByReportLoader } from '../progress-note/progress-note.loader';
import { ProgressNoteType } from '../progress-note/progress-note.type';
import { sourceDocumentByIdLoader } from '../source/source.loader';
import { SourceDocumentType } from '../source/source.type';
import { ReportType } from './report.type';

@Resolver(() => ReportType)
export class ReportResolver {
  @FieldResolver(() => PeriodType, { nullable: true })
  period(@Root() report: ReportType) {
    return periodOf(report);
  }

  @Extensions(compiledRead(sourceDocumentByIdLoader, 'documentId'))
  @FieldResolver(() => SourceDocumentType, { description: 'The document holding the report.' })
  document(@Root() report: ReportType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByIdLoader).load(report.documentId);
  }

  @Extensions(compiledRead(organisationByIdLoader, 'recipientId'))
  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Who the report was submitted to.' })
  recipient(@Root() report: ReportType, @Ctx() { loaders }: HubContext) {
    return report.recipientId ? loaders.get(organisationByIdLoader).load(report.recipientId) : null;
  }

  @Extensions(compiledRead(progressNotesByReportLoader))
  @FieldResolver(() => [ProgressNoteType])
  progressNotes(@Root() report: ReportType, @Ctx() { loaders }: HubContext) {
    return loaders.get(progressNotesByReportLoader).load(report.id);
  }
}
