import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Report } from './report.entity';
import type { ReportType } from './report.type';

export const reportByIdLoader = rowByIdLoader<ReportType>(Report);
export const reportsByPartnershipLoader = childRowsLoader<ReportType>(Report, 'partnership');
