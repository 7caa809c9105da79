import { registerEnumType } from 'type-graphql';

/** Why a figure is withheld from a caller. */
export enum SuppressionReason {
  /** A count from 1 to threshold-1: small enough to point at a person. */
  SMALL_COUNT = 'SMALL_COUNT',
  /** Not small itself, but with it a suppressed count could be worked out from its total. */
  SECONDARY = 'SECONDARY',
  /** A rate or share computed from a suppressed count. */
  DERIVED_FROM_SUPPRESSED = 'DERIVED_FROM_SUPPRESSED',
}

registerEnumType(SuppressionReason, { name: 'SuppressionReason', description: 'Why a figure is withheld (statistical disclosure control).' });
