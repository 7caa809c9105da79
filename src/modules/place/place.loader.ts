import { childRowsLoader, linkedRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { Partnership } from '../partnership/partnership.entity';
import type { PartnershipType } from '../partnership/partnership.type';
import { PartnershipPlace } from './partnership-place.entity';
import { Place } from './place.entity';
import type { PlaceType } from './place.type';

export const placeByIdLoader = rowByIdLoader<PlaceType>(Place);
export const placeByKeyLoader = rowByUniqueLoader<PlaceType>(Place, 'key');
export const placesByParentLoader = childRowsLoader<PlaceType>(Place, 'parent', { orderBy: ['name'] });
export const placesByPartnershipLoader = linkedRowsLoader<PlaceType>(Place, PartnershipPlace, 'partnership', 'place');
export const partnershipsByPlaceLoader = linkedRowsLoader<PartnershipType>(Partnership, PartnershipPlace, 'place', 'partnership', {
  orderBy: '"t"."name", "t"."id"',
});
