import { childRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { Indicator, IndicatorMapping } from './indicator.entity';
import type { IndicatorMappingType, IndicatorType } from './indicator.type';

export const indicatorByIdLoader = rowByIdLoader<IndicatorType>(Indicator);
export const indicatorByCodeLoader = rowByUniqueLoader<IndicatorType>(Indicator, 'code');
export const mappingsByIndicatorLoader = childRowsLoader<IndicatorMappingType>(IndicatorMapping, 'indicator', { orderBy: ['metricKey'] });
/** Mappings of a metric, by the metric's key (the mapping is keyed by text, see IndicatorMapping). */
export const mappingsByMetricKeyLoader = childRowsLoader<IndicatorMappingType, string>(IndicatorMapping, 'metricKey', {
  orderBy: ['strength', 'id'],
  name: 'IndicatorMappingsByMetricKey',
});
