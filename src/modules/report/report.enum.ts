import { registerEnumType } from 'type-graphql';

export enum ReportKind {
  PROGRESS_REPORT = 'PROGRESS_REPORT',
  EVALUATION = 'EVALUATION',
  OTHER = 'OTHER',
}

registerEnumType(ReportKind, { name: 'ReportKind', description: 'Kind of report.' });
