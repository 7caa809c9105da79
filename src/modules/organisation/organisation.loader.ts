import { childRowsLoader, linkedRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { Partnership } from '../partnership/partnership.entity';
import type { PartnershipType } from '../partnership/partnership.type';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import type { MembershipType, OrganisationType } from './organisation.type';

export const organisationByIdLoader = rowByIdLoader<OrganisationType>(Organisation);
export const membershipByIdLoader = rowByIdLoader<MembershipType>(Membership);
export const organisationByKeyLoader = rowByUniqueLoader<OrganisationType>(Organisation, 'key');
export const membershipsByPartnershipLoader = childRowsLoader<MembershipType>(Membership, 'partnership');
export const membershipsByOrganisationLoader = childRowsLoader<MembershipType>(Membership, 'organisation', {
  orderBy: ['partnership', 'ordinal'],
});
export const organisationsByPartnershipLoader = linkedRowsLoader<OrganisationType>(Organisation, Membership, 'partnership', 'organisation', {
  distinct: true,
});
export const partnershipsByOrganisationLoader = linkedRowsLoader<PartnershipType>(Partnership, Membership, 'organisation', 'partnership', {
  distinct: true,
});
