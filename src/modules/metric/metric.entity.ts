import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { CountOf, MeasurementUnit } from '../observation/observation.enum';
import { Partnership } from '../partnership/partnership.entity';

/** A measured thing as one partnership defines it ("Number of Starters"), before any harmonisation. */
@Entity()
export class Metric extends BaseRecord {
  @Property({ length: 120 })
  @Unique()
  key!: string;

  @Property({ type: 'text' })
  label!: string;

  @Enum({ items: () => MeasurementUnit })
  unit!: MeasurementUnit;

  /** For counts: what is counted. Only counts of people are protected by disclosure control. */
  @Enum({ items: () => CountOf, nullable: true })
  countOf?: CountOf | null;

  @Property({ type: 'text', nullable: true })
  description?: string;

  /** The partnership whose file defined it. */
  @ManyToOne(() => Partnership, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  definedBy?: Ref<Partnership>;
}
