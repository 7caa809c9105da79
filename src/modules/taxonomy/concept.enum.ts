import { registerEnumType } from 'type-graphql';
import { Programme } from '../partnership/partnership.enum';

/** The vocabularies of the shared taxonomy (SKOS concept schemes). */
export enum ConceptScheme {
  /** Who a partnership works with: ex-offenders, people with disabilities ... */
  POPULATION = 'POPULATION',
  /** What a partnership is about: the EQUAL themes (social economy ...). */
  THEME = 'THEME',
  /** Funding programmes (EQUAL, ESF ...). */
  PROGRAMME = 'PROGRAMME',
}

/** What a concept label is (SKOS prefLabel / altLabel / definition). */
export enum LabelKind {
  PREFERRED = 'PREFERRED',
  ALTERNATIVE = 'ALTERNATIVE',
  DEFINITION = 'DEFINITION',
}

/** The PROGRAMME concept each value of the Programme enum stands for (concepts.json defines them). */
export const PROGRAMME_CONCEPT: Record<Programme, string> = {
  [Programme.EQUAL]: 'equal',
  [Programme.ESF]: 'esf',
  [Programme.OTHER]: 'other-programme',
};

registerEnumType(ConceptScheme, {
  name: 'ConceptScheme',
  description: 'A vocabulary of the shared taxonomy.',
  valuesConfig: {
    POPULATION: { description: 'Who a partnership works with (target groups and beneficiary categories map to these).' },
    THEME: { description: 'What a partnership is about (the EQUAL themes).' },
    PROGRAMME: { description: 'Funding programmes.' },
  },
});
registerEnumType(LabelKind, {
  name: 'LabelKind',
  description: 'Preferred label, alternative label (synonym) or definition.',
});
