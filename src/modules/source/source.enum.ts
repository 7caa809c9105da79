import { registerEnumType } from 'type-graphql';

export enum SourceDocumentKind {
  PROFILE_PAGE = 'PROFILE_PAGE',
  PROGRESS_REPORT = 'PROGRESS_REPORT',
  WEB_PAGE = 'WEB_PAGE',
  SUMMARY = 'SUMMARY',
  OTHER = 'OTHER',
}

registerEnumType(SourceDocumentKind, { name: 'SourceDocumentKind', description: 'Kind of source document.' });
