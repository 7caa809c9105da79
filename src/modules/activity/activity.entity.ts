import { MaskedNarrative } from '../../access/rules';
import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Project } from '../project/project.entity';

/** Something a partnership does, in the source's order and words. */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class Activity extends PartnershipRecord {
  @Property({ type: 'text', nullable: true })
  label?: string;

  @MaskedNarrative()
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => Project, { ref: true, nullable: true, deleteRule: 'set null' })
  project?: Ref<Project>;
}
