import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Activity } from './activity.entity';
import type { ActivityType } from './activity.type';

export const activityByIdLoader = rowByIdLoader<ActivityType>(Activity);
export const activitiesByPartnershipLoader = childRowsLoader<ActivityType>(Activity, 'partnership');
export const activitiesByProjectLoader = childRowsLoader<ActivityType>(Activity, 'project');
