import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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

  @FieldResolver(() => SourceDocumentType, { description: 'The document holding the report.' })
  document(@Root() report: ReportType, @Ctx() { loaders }: HubContext) {
    return loaders.get(sourceDocumentByIdLoader).load(report.documentId);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Who the report was submitted to.' })
  recipient(@Root() report: ReportType, @Ctx() { loaders }: HubContext) {
    return report.recipientId ? loaders.get(organisationByIdLoader).load(report.recipientId) : null;
  }

  @FieldResolver(() => [ProgressNoteType])
  progressNotes(@Root() report: ReportType, @Ctx() { loaders }: HubContext) {
    return loaders.get(progressNotesByReportLoader).load(report.id);
  }
}
