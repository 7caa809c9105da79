import { registerEnumType } from 'type-graphql';

/** Funding programme a partnership ran under. */
export enum Programme {
  EQUAL = 'EQUAL',
  ESF = 'ESF',
  OTHER = 'OTHER',
}

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  UNKNOWN = 'UNKNOWN',
}

/** Partnership fields that carry their own provenance (each comes from a different section). */
export enum PartnershipField {
  NAME = 'NAME',
  DESCRIPTION = 'DESCRIPTION',
  BACKGROUND = 'BACKGROUND',
  AIMS = 'AIMS',
  ORIGINS = 'ORIGINS',
  INTENDED_IMPACT = 'INTENDED_IMPACT',
  ROUND_ONE_HISTORY = 'ROUND_ONE_HISTORY',
  ROUND = 'ROUND',
  THEME = 'THEME',
  PROGRAMME = 'PROGRAMME',
  PLACES = 'PLACES',
  ACTION_2_END_DATE = 'ACTION_2_END_DATE',
  ACTION_3_END_DATE = 'ACTION_3_END_DATE',
  DEVELOPMENT_PARTNERSHIP = 'DEVELOPMENT_PARTNERSHIP',
  STATUS = 'STATUS',
}

registerEnumType(Programme, { name: 'Programme', description: 'Funding programme a partnership ran under.' });
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus', description: 'Whether a partnership is still running.' });
registerEnumType(PartnershipField, { name: 'PartnershipField', description: 'A partnership field with its own provenance.' });
