import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Objective } from './objective.entity';
import type { ObjectiveType } from './objective.type';

export const objectiveByIdLoader = rowByIdLoader<ObjectiveType>(Objective);
export const objectivesByPartnershipLoader = childRowsLoader<ObjectiveType>(Objective, 'partnership');
