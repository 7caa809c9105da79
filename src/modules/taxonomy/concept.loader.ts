import { childRowsLoader, linkedRowsLoader, rowByIdLoader, rowByUniqueLoader } from '../../db/row-loaders';
import { Concept, ConceptLabel } from './concept.entity';
import type { ConceptLabelType, ConceptType } from './concept.type';
import { BeneficiaryCategoryConcept, IndicatorObservationConcept, TargetGroupConcept } from './population-mapping.entity';

export const conceptByIdLoader = rowByIdLoader<ConceptType>(Concept);
export const conceptByCodeLoader = rowByUniqueLoader<ConceptType>(Concept, 'code');
export const conceptsByBroaderLoader = childRowsLoader<ConceptType>(Concept, 'broader', { orderBy: ['ordinal', 'id'] });
export const labelsByConceptLoader = childRowsLoader<ConceptLabelType>(ConceptLabel, 'concept', { orderBy: ['lang', 'kind', 'ordinal'] });
export const conceptsByTargetGroupLoader = linkedRowsLoader<ConceptType>(Concept, TargetGroupConcept, 'targetGroup', 'concept');
export const conceptsByBeneficiaryCategoryLoader = linkedRowsLoader<ConceptType>(
  Concept,
  BeneficiaryCategoryConcept,
  'beneficiaryCategory',
  'concept',
);
export const conceptsByObservationLoader = linkedRowsLoader<ConceptType>(Concept, IndicatorObservationConcept, 'observation', 'concept');
