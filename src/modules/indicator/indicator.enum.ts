import { registerEnumType } from 'type-graphql';

export enum IndicatorKind {
  /** Counts people or organisations reached (ESF common output indicators). */
  OUTPUT = 'OUTPUT',
  /** Counts results for participants (ESF common result indicators). */
  RESULT = 'RESULT',
  /** A measure published by a public body with its own definition (a Welsh performance measure). */
  OUTCOME = 'OUTCOME',
  /** Computed by the hub from two others, where a partnership reports both (a rate). */
  DERIVED = 'DERIVED',
}

export enum IndicatorFramework {
  ESF = 'ESF',
  HUB = 'HUB',
}

/** How well a partnership's own metric matches a common indicator. */
export enum MappingStrength {
  EXACT = 'EXACT',
  CLOSE = 'CLOSE',
  PARTIAL = 'PARTIAL',
}

registerEnumType(IndicatorKind, { name: 'IndicatorKind' });
registerEnumType(IndicatorFramework, { name: 'IndicatorFramework', description: 'Who defines an indicator.' });
registerEnumType(MappingStrength, { name: 'MappingStrength', description: "How well a partnership's metric matches an indicator." });
