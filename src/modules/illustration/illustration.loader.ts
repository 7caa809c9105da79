import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Illustration } from './illustration.entity';
import type { IllustrationType } from './illustration.type';

export const illustrationByIdLoader = rowByIdLoader<IllustrationType>(Illustration);
export const illustrationsByPartnershipLoader = childRowsLoader<IllustrationType>(Illustration, 'partnership');
