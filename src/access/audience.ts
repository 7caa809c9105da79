import { SharingLevel } from './roles';

/**
 * The classes of reader whose view of the data is decided when the data changes (derivation.ts)
 * and stored: anonymous callers (PUBLIC) and signed-in partners who do not own the record
 * (PARTNERS). Owners and administrators read everything as stored, so they need no class.
 */
export enum Audience {
  PUBLIC = 'PUBLIC',
  PARTNERS = 'PARTNERS',
}

export const AUDIENCES: readonly Audience[] = [Audience.PUBLIC, Audience.PARTNERS];

/** Sharing levels each audience sees. */
export const AUDIENCE_LEVELS: Readonly<Record<Audience, readonly SharingLevel[]>> = {
  [Audience.PUBLIC]: [SharingLevel.PUBLIC],
  [Audience.PARTNERS]: [SharingLevel.PUBLIC, SharingLevel.PARTNERS],
};

export const seesLevel = (audience: Audience, level: SharingLevel) => AUDIENCE_LEVELS[audience].includes(level);

/** A row's texts as each audience reads them, where they differ from the stored text. */
export type AudienceMasks = Partial<Record<Audience, Record<string, string>>>;

/** A row's position among its siblings: among all of them (`ALL`, owners and administrators) and among those each audience sees. */
export type Positions = Partial<Record<Audience | 'ALL', number>>;
