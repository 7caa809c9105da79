import { registerEnumType } from 'type-graphql';

/**
 * Why a figure is withheld from a caller. A small count and a figure withheld so that a small
 * count cannot be worked out get the same reason: telling them apart would tell which withheld
 * figure is the small one.
 */
export enum SuppressionReason {
  /** A count from 1 to threshold-1, or a figure from which one could be worked out. */
  SMALL_COUNTS = 'SMALL_COUNTS',
  /** A rate or share computed from a withheld count. */
  DERIVED_FROM_SUPPRESSED = 'DERIVED_FROM_SUPPRESSED',
}

/** How the rule decided (for tests and owners' tools; clients only see SuppressionReason). */
export enum Suppression {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
}

registerEnumType(SuppressionReason, { name: 'SuppressionReason', description: 'Why a figure is withheld (statistical disclosure control).' });
