import { registerEnumType } from 'type-graphql';

/** Kinds of records the search index holds (values are the GraphQL type names in SEARCH_RECORD_TYPE_NAME). */
export enum SearchRecordType {
  PARTNERSHIP = 'PARTNERSHIP',
  OBJECTIVE = 'OBJECTIVE',
  ACTIVITY = 'ACTIVITY',
  TARGET_GROUP = 'TARGET_GROUP',
  BENEFICIARY_CATEGORY = 'BENEFICIARY_CATEGORY',
  PROJECT = 'PROJECT',
  ACHIEVEMENT = 'ACHIEVEMENT',
  TESTIMONIAL = 'TESTIMONIAL',
  INNOVATION = 'INNOVATION',
  REPORT = 'REPORT',
  PROGRESS_NOTE = 'PROGRESS_NOTE',
  ILLUSTRATION = 'ILLUSTRATION',
  TRANSNATIONAL_EVENT = 'TRANSNATIONAL_EVENT',
  MEMBERSHIP = 'MEMBERSHIP',
  INDICATOR_OBSERVATION = 'INDICATOR_OBSERVATION',
}

export const SEARCH_RECORD_TYPE_NAME: Record<SearchRecordType, string> = {
  PARTNERSHIP: 'Partnership',
  OBJECTIVE: 'Objective',
  ACTIVITY: 'Activity',
  TARGET_GROUP: 'TargetGroup',
  BENEFICIARY_CATEGORY: 'BeneficiaryCategory',
  PROJECT: 'Project',
  ACHIEVEMENT: 'Achievement',
  TESTIMONIAL: 'Testimonial',
  INNOVATION: 'Innovation',
  REPORT: 'Report',
  PROGRESS_NOTE: 'ProgressNote',
  ILLUSTRATION: 'Illustration',
  TRANSNATIONAL_EVENT: 'TransnationalEvent',
  MEMBERSHIP: 'Membership',
  INDICATOR_OBSERVATION: 'IndicatorObservation',
};

/** The narrative field of a record a hit was found in. */
export enum SearchField {
  NAME = 'NAME',
  THEME = 'THEME',
  DESCRIPTION = 'DESCRIPTION',
  BACKGROUND = 'BACKGROUND',
  AIMS = 'AIMS',
  ORIGINS = 'ORIGINS',
  INTENDED_IMPACT = 'INTENDED_IMPACT',
  ROUND_ONE_HISTORY = 'ROUND_ONE_HISTORY',
  TEXT = 'TEXT',
  LABEL = 'LABEL',
  NOTE = 'NOTE',
  SUMMARY = 'SUMMARY',
  WHAT_CHANGED = 'WHAT_CHANGED',
  DIFFERENCE = 'DIFFERENCE',
  TITLE = 'TITLE',
  NARRATIVE = 'NARRATIVE',
  CAPTION = 'CAPTION',
  SUBJECT = 'SUBJECT',
}

registerEnumType(SearchRecordType, { name: 'SearchRecordType', description: 'Kind of record a search hit is.' });
registerEnumType(SearchField, { name: 'SearchField', description: 'The field of a record a search hit was found in.' });
