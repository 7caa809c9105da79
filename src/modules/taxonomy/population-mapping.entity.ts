import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import type { Partnership } from '../partnership/partnership.entity';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import { BeneficiaryCategory, TargetGroup } from '../target-group/target-group.entity';
import { Concept } from './concept.entity';

/**
 * A partnership's own wording of a population group mapped to a taxonomy concept. The partnership
 * is repeated here (it is the group's) so that "partnerships targeting X" is one indexed lookup.
 */
export abstract class PopulationConceptLink extends BaseRecord {
  @ManyToOne(() => Concept, { ref: true })
  concept!: Ref<Concept>;

  @ManyToOne({ entity: 'Partnership', ref: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  /** Position in the file's `concepts` list. */
  @Property()
  ordinal!: number;
}

/** "Substance abusers" (Powys' target group) -> substance-misuse. */
@Entity()
@Unique({ properties: ['targetGroup', 'concept'] })
@Index({ properties: ['concept', 'partnership'] })
export class TargetGroupConcept extends PopulationConceptLink {
  @ManyToOne(() => TargetGroup, { ref: true, deleteRule: 'cascade' })
  targetGroup!: Ref<TargetGroup>;
}

/** "Drug and alcohol misusers" (Powys' beneficiary category) -> substance-misuse. */
@Entity()
@Unique({ properties: ['beneficiaryCategory', 'concept'] })
@Index({ properties: ['concept', 'partnership'] })
export class BeneficiaryCategoryConcept extends PopulationConceptLink {
  @ManyToOne(() => BeneficiaryCategory, { ref: true, deleteRule: 'cascade' })
  beneficiaryCategory!: Ref<BeneficiaryCategory>;
}

/** Who a figure counts: Bury's "Physical Disability 2" -> physical-disability (exports carry the codes). */
@Entity()
@Unique({ properties: ['observation', 'concept'] })
@Index({ properties: ['concept', 'partnership'] })
export class IndicatorObservationConcept extends PopulationConceptLink {
  @ManyToOne(() => IndicatorObservation, { ref: true, deleteRule: 'cascade' })
  observation!: Ref<IndicatorObservation>;
}
