import { MaskedNarrative } from '../../access/rules';
import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Objective } from '../objective/objective.entity';
import { Report } from '../report/report.entity';

/** What a report says was done, under one of its sections and, often, towards one objective. */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class ProgressNote extends PartnershipRecord {
  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  @Index()
  report!: Ref<Report>;

  @Property({ type: 'text' })
  section!: string;

  @ManyToOne(() => Objective, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  objective?: Ref<Objective>;

  @MaskedNarrative()
  @Property({ type: 'text' })
  text!: string;
}
