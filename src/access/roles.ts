import { registerEnumType } from 'type-graphql';

/** Who a caller is to the hub. Anonymous callers are PUBLIC. */
export enum Role {
  PUBLIC = 'PUBLIC',
  ANALYST = 'ANALYST',
  TRANSNATIONAL_PARTNER = 'TRANSNATIONAL_PARTNER',
  PARTNERSHIP_EDITOR = 'PARTNERSHIP_EDITOR',
  ADMIN = 'ADMIN',
}

/**
 * Who may see a record: everyone, any signed-in partner of the programme (analysts, transnational
 * partners, partnership editors), or only the owning partnership's editors (and administrators).
 */
export enum SharingLevel {
  PUBLIC = 'PUBLIC',
  PARTNERS = 'PARTNERS',
  OWNER = 'OWNER',
}

/** From least to most restrictive: a record is never shared more widely than its partnership. */
export const SHARING_ORDER: readonly SharingLevel[] = [SharingLevel.PUBLIC, SharingLevel.PARTNERS, SharingLevel.OWNER];

export function mostRestrictive(...levels: SharingLevel[]): SharingLevel {
  return levels.reduce((a, b) => (SHARING_ORDER.indexOf(a) >= SHARING_ORDER.indexOf(b) ? a : b));
}

registerEnumType(Role, { name: 'Role', description: 'What a caller may see and do.' });
registerEnumType(SharingLevel, { name: 'SharingLevel', description: 'Who may see a record.' });
