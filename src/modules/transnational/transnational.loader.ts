import { childRowsLoader, linkedRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { TransnationalEvent } from './transnational-event.entity';
import { TransnationalMember } from './transnational-member.entity';
import { TransnationalPartnership } from './transnational-partnership.entity';
import type { TransnationalEventType, TransnationalMemberType, TransnationalPartnershipType } from './transnational.type';

export const transnationalPartnershipByIdLoader = rowByIdLoader<TransnationalPartnershipType>(TransnationalPartnership);
export const transnationalPartnershipByKeyLoader = rowByUniqueLoader<TransnationalPartnershipType>(TransnationalPartnership, 'key');
export const transnationalMemberByIdLoader = rowByIdLoader<TransnationalMemberType>(TransnationalMember);
export const transnationalEventByIdLoader = rowByIdLoader<TransnationalEventType>(TransnationalEvent);
export const membersByTransnationalPartnershipLoader = childRowsLoader<TransnationalMemberType>(TransnationalMember, 'transnationalPartnership', {
  orderBy: ['declaredBy', 'ordinal'],
});
export const eventsByTransnationalPartnershipLoader = childRowsLoader<TransnationalEventType>(TransnationalEvent, 'transnationalPartnership', {
  orderBy: ['declaredBy', 'ordinal'],
});
export const transnationalPartnershipsByPartnershipLoader = linkedRowsLoader<TransnationalPartnershipType>(
  TransnationalPartnership,
  TransnationalMember,
  'partnership',
  'transnationalPartnership',
  { distinct: true },
);
