import { MaskedNarrative } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Project } from '../project/project.entity';
import { InnovationDimension, InnovationLevel } from './innovation.enum';

/** One point of a partnership's innovation 'scatter plot' and what it is about. */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
@Index({ properties: ['dimension', 'level'] })
export class Innovation extends PartnershipRecord {
  @Enum({ items: () => InnovationDimension })
  dimension!: InnovationDimension;

  @Enum({ items: () => InnovationLevel })
  level!: InnovationLevel;

  @MaskedNarrative()
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Project, { ref: true, nullable: true, deleteRule: 'set null' })
  project?: Ref<Project>;
}
