import { registerEnumType } from 'type-graphql';

export enum MeasurementUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  MONEY = 'MONEY',
  DURATION = 'DURATION',
}

/** What a count counts: disclosure control protects counts of people only. */
export enum CountOf {
  PEOPLE = 'PEOPLE',
  ORGANISATIONS = 'ORGANISATIONS',
  OTHER = 'OTHER',
}

/** How exactly the source states a figure: "59" is EXACT, "over 300" AT_LEAST, "almost 1%" ALMOST. */
export enum ValueQualifier {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
  APPROXIMATELY = 'APPROXIMATELY',
  ALMOST = 'ALMOST',
}

/** What a figure describes: the partnership's own work, one of its projects, or context (a national figure quoted in the text). */
export enum ObservationScope {
  PARTNERSHIP = 'PARTNERSHIP',
  PROJECT = 'PROJECT',
  CONTEXT = 'CONTEXT',
}

/** Whether a figure reports what happened, a target set, or an expected result. */
export enum ObservationNature {
  REPORTED = 'REPORTED',
  TARGET = 'TARGET',
  FORECAST = 'FORECAST',
}

/**
 * The standing of a figure as its source gives it: NORMAL (final, as reported) unless the source
 * calls it estimated, provisional, a forecast, or a revision of an earlier figure. Exports map it
 * to SDMX's CL_OBS_STATUS (A, E, P, F, B).
 */
export enum ObservationStatus {
  NORMAL = 'NORMAL',
  ESTIMATED = 'ESTIMATED',
  PROVISIONAL = 'PROVISIONAL',
  FORECAST = 'FORECAST',
  REVISED = 'REVISED',
}

registerEnumType(CountOf, { name: 'CountOf', description: 'What a count counts (small counts of people are protected).' });
registerEnumType(MeasurementUnit, { name: 'MeasurementUnit', description: 'Unit of a figure.' });
registerEnumType(ValueQualifier, { name: 'ValueQualifier', description: 'How exactly the source states a figure.' });
registerEnumType(ObservationScope, { name: 'ObservationScope', description: 'What a figure describes.' });
registerEnumType(ObservationNature, { name: 'ObservationNature', description: 'Reported result, target or forecast.' });
registerEnumType(ObservationStatus, {
  name: 'ObservationStatus',
  description: 'Standing of a figure as its source gives it: NORMAL (final), ESTIMATED, PROVISIONAL, FORECAST or REVISED.',
});
