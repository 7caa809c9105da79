import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { MeasurementUnit } from '../observation/observation.enum';
import { IndicatorFramework, IndicatorKind, MappingStrength } from './indicator.enum';

/** Text in several languages, by ISO 639-1 code ({ en: ..., cy: ... }); English is always there. */
export type Localized = Record<string, string>;

/**
 * A common indicator partnerships can be compared on: an ESF common indicator, or one the hub
 * defines (a rate computed from two others). Its labels are kept per language.
 */
@Entity()
export class Indicator extends BaseRecord {
  @Property({ length: 120 })
  @Unique()
  code!: string;

  @Enum({ items: () => IndicatorKind })
  kind!: IndicatorKind;

  @Enum({ items: () => IndicatorFramework })
  framework!: IndicatorFramework;

  @Enum({ items: () => MeasurementUnit })
  unit!: MeasurementUnit;

  @Property({ type: 'jsonb' })
  label!: Localized;

  @Property({ type: 'jsonb' })
  description!: Localized;

  /** For DERIVED indicators: numerator / denominator, by indicator code. */
  @Property({ type: 'text', nullable: true })
  numeratorCode?: string | null;

  @Property({ type: 'text', nullable: true })
  denominatorCode?: string | null;

  /** Position in the catalogue file. */
  @Property()
  ordinal!: number;
}

/**
 * A partnership's metric matched to a common indicator. Keyed by the metric's code, not a foreign
 * key: the catalogue is edited by the hub, independently of when partnerships (re)import.
 */
@Entity()
@Unique({ properties: ['metricKey', 'indicator'] })
@Index({ properties: ['indicator'] })
export class IndicatorMapping extends BaseRecord {
  @Property({ length: 120 })
  metricKey!: string;

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Enum({ items: () => MappingStrength })
  strength!: MappingStrength;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
