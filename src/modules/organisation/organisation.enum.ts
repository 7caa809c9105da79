import { registerEnumType } from 'type-graphql';

export enum OrganisationSector {
  VOLUNTARY = 'VOLUNTARY',
  STATUTORY = 'STATUTORY',
  PRIVATE = 'PRIVATE',
  PUBLIC_BODY = 'PUBLIC_BODY',
  FUNDER = 'FUNDER',
  OTHER = 'OTHER',
}

/** What an organisation does in a partnership, a project or a transnational partnership. */
export enum OrganisationRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
  EMPLOYER = 'EMPLOYER',
  REFERRAL_PARTNER = 'REFERRAL_PARTNER',
  EVALUATOR = 'EVALUATOR',
  REPORT_RECIPIENT = 'REPORT_RECIPIENT',
  MEMBER = 'MEMBER',
  CUSTOMER = 'CUSTOMER',
  HOST = 'HOST',
}

registerEnumType(OrganisationSector, { name: 'OrganisationSector', description: 'Sector an organisation belongs to.' });
registerEnumType(OrganisationRole, { name: 'OrganisationRole', description: 'What an organisation does in a partnership or project.' });
