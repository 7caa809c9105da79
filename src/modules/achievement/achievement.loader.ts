import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Achievement } from './achievement.entity';
import type { AchievementType } from './achievement.type';

export const achievementByIdLoader = rowByIdLoader<AchievementType>(Achievement);
export const achievementsByPartnershipLoader = childRowsLoader<AchievementType>(Achievement, 'partnership');
export const achievementsByProjectLoader = childRowsLoader<AchievementType>(Achievement, 'project');
