import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Innovation } from './innovation.entity';
import type { InnovationType } from './innovation.type';

export const innovationByIdLoader = rowByIdLoader<InnovationType>(Innovation);
export const innovationsByPartnershipLoader = childRowsLoader<InnovationType>(Innovation, 'partnership');
export const innovationsByProjectLoader = childRowsLoader<InnovationType>(Innovation, 'project');
