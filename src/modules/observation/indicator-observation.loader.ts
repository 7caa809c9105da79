import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { IndicatorObservation } from './indicator-observation.entity';
import type { IndicatorObservationType } from './indicator-observation.type';

const topLevel = { whereSql: (alias: string) => `${alias}."parent_id" is null` };

export const observationByIdLoader = rowByIdLoader<IndicatorObservationType>(IndicatorObservation);
/** A partnership's figures, totals only: breakdown items hang under their total. */
export const observationsByPartnershipLoader = childRowsLoader<IndicatorObservationType>(IndicatorObservation, 'partnership', {
  ...topLevel,
  name: 'TopLevelObservationsByPartnership',
});
export const observationsByProjectLoader = childRowsLoader<IndicatorObservationType>(IndicatorObservation, 'project', {
  orderBy: ['partnership', 'ordinal'],
  ...topLevel,
  name: 'TopLevelObservationsByProject',
});
export const observationsByMetricLoader = childRowsLoader<IndicatorObservationType>(IndicatorObservation, 'metric', {
  orderBy: ['partnership', 'ordinal'],
});
export const breakdownByObservationLoader = childRowsLoader<IndicatorObservationType>(IndicatorObservation, 'parent');
export const observationsComparedWithLoader = childRowsLoader<IndicatorObservationType>(IndicatorObservation, 'comparator', {
  orderBy: ['partnership', 'ordinal'],
});
