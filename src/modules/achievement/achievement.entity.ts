import { MaskedNarrative } from '../../access/rules';
import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Project } from '../project/project.entity';

/** An achievement a partnership reports: a title and its story. */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class Achievement extends PartnershipRecord {
  @MaskedNarrative()
  @Property({ type: 'text' })
  title!: string;

  @MaskedNarrative()
  @Property({ type: 'text' })
  narrative!: string;

  @ManyToOne(() => Project, { ref: true, nullable: true, deleteRule: 'set null' })
  project?: Ref<Project>;
}
