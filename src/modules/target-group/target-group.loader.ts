import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { BeneficiaryCategory, TargetGroup } from './target-group.entity';
import type { BeneficiaryCategoryType, TargetGroupType } from './target-group.type';

export const targetGroupByIdLoader = rowByIdLoader<TargetGroupType>(TargetGroup);
export const targetGroupsByPartnershipLoader = childRowsLoader<TargetGroupType>(TargetGroup, 'partnership');
export const beneficiaryCategoryByIdLoader = rowByIdLoader<BeneficiaryCategoryType>(BeneficiaryCategory);
export const beneficiaryCategoriesByPartnershipLoader = childRowsLoader<BeneficiaryCategoryType>(BeneficiaryCategory, 'partnership');
