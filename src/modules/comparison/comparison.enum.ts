import { registerEnumType } from 'type-graphql';

export enum CellStatus {
  /** A figure the partnership reported, matched to the indicator. */
  REPORTED = 'REPORTED',
  /** A rate the hub computed from two reported figures of the same period. */
  DERIVED = 'DERIVED',
  /** There is a figure, but it is withheld from this caller (small count, or computed from one). */
  SUPPRESSED = 'SUPPRESSED',
  /** No comparable figure: see `reason`. */
  NOT_REPORTED = 'NOT_REPORTED',
}

registerEnumType(CellStatus, { name: 'ComparisonCellStatus' });
