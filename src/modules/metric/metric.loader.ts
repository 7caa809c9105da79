import { childRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { Metric } from './metric.entity';
import type { MetricType } from './metric.type';

export const metricByIdLoader = rowByIdLoader<MetricType>(Metric);
export const metricByKeyLoader = rowByUniqueLoader<MetricType>(Metric, 'key');
export const metricsByPartnershipLoader = childRowsLoader<MetricType>(Metric, 'definedBy', { orderBy: ['key'] });
