import { Suppression } from '../../access/disclosure.enum';
import { MaskedNarrative, WithheldWithFigure, Positioned } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Metric } from '../metric/metric.entity';
import { Place } from '../place/place.entity';
import { Project } from '../project/project.entity';
import { MeasurementUnit, ObservationNature, ObservationScope, ObservationStatus, ValueQualifier } from './observation.enum';

/**
 * One figure as a source states it: value, unit, how exact ("over 300"), when, about what. A
 * breakdown item is an observation whose `parent` is the total it breaks down; a benchmark the
 * figure is compared with is another observation (`comparator`). Figures are never corrected:
 * when two sources disagree, both are stored.
 */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
@Index({ properties: ['metric'] })
// Exports page through a partnership's totals in id order: without it each page rescans them all.
@Index({
  name: 'indicator_observation_totals_by_partnership_index',
  expression:
    'create index "indicator_observation_totals_by_partnership_index" on "indicator_observation" ("partnership_id", "id") where "parent_id" is null',
})
@Positioned(['parent'])
export class IndicatorObservation extends PartnershipRecord {
  @ManyToOne(() => Metric, { ref: true })
  metric!: Ref<Metric>;

  @Enum({ items: () => ObservationScope })
  scope!: ObservationScope;

  @Enum({ items: () => ObservationNature })
  nature!: ObservationNature;

  @ManyToOne(() => Project, { ref: true, nullable: true, deleteRule: 'set null' })
  project?: Ref<Project>;

  @WithheldWithFigure()
  @Property({ type: 'double precision' })
  value!: number;

  @Enum({ items: () => MeasurementUnit })
  unit!: MeasurementUnit;

  @Property({ length: 3, nullable: true })
  currency?: string;

  @Enum({ items: () => ValueQualifier })
  qualifier!: ValueQualifier;

  /** Estimated, provisional, forecast or revised, where the source says so; NORMAL otherwise. */
  @Enum({ items: () => ObservationStatus, default: ObservationStatus.NORMAL })
  status: ObservationStatus & Opt = ObservationStatus.NORMAL;

  /** The figure exactly as written ("over 300"). */
  @WithheldWithFigure()
  @Property({ type: 'text' })
  statedAs!: string;

  /** What was counted, in the source's words. */
  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  subject?: string;

  @Property({ type: 'text', nullable: true })
  periodLabel?: string;

  @Property({ type: 'date', nullable: true })
  periodStart?: string;

  @Property({ type: 'date', nullable: true })
  periodEnd?: string;

  @Property({ type: 'date', nullable: true })
  asOf?: string;

  /** The place a context figure is about ("Welsh average" -> Wales). */
  @ManyToOne(() => Place, { ref: true, nullable: true })
  area?: Ref<Place>;

  @ManyToOne(() => IndicatorObservation, { ref: true, nullable: true, deleteRule: 'set null' })
  comparator?: Ref<IndicatorObservation>;

  /**
   * The total this figure adds up to with the other figures naming the same total, along another
   * dimension than the total's breakdown (Bury: completers 0 + on-going 58 + early leavers 1 =
   * starters 59). Disclosure control protects these sums like breakdowns.
   */
  @ManyToOne(() => IndicatorObservation, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  sumsTo?: Ref<IndicatorObservation>;

  /** The total this figure is one part of. */
  @ManyToOne(() => IndicatorObservation, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  parent?: Ref<IndicatorObservation>;

  @Property({ type: 'text', nullable: true })
  breakdownDimension?: string;

  /** The group as the source names it ("Learning Disability", "LD"). */
  @Property({ type: 'text', nullable: true })
  breakdownCategory?: string;

  /** Derived (access/derivation.ts): how disclosure control withholds it from anonymous callers (null: shown). */
  @Enum({ items: () => Suppression, nullable: true })
  withheldPublic?: Suppression | null;

  /** Derived: how disclosure control withholds it from signed-in partners who do not own it (null: shown). */
  @Enum({ items: () => Suppression, nullable: true })
  withheldPartners?: Suppression | null;

  /**
   * Derived: the figure's global ID as the API shows it (graphql/global-id.ts), stored when the
   * figure is written so a whole-table export is one COPY statement, with no per-row work in Node.
   */
  @Property({ type: 'text', nullable: true })
  globalId?: string | null;
}
