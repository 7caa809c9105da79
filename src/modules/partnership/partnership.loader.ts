import { childRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { PartnershipFieldSource } from './partnership-field-source.entity';
import { Partnership } from './partnership.entity';
import type { PartnershipFieldSourceType, PartnershipType } from './partnership.type';

export const partnershipByIdLoader = rowByIdLoader<PartnershipType>(Partnership);
export const partnershipBySlugLoader = rowByUniqueLoader<PartnershipType>(Partnership, 'slug');
export const fieldSourcesByPartnershipLoader = childRowsLoader<PartnershipFieldSourceType>(PartnershipFieldSource, 'partnership', {
  orderBy: ['field'],
});
