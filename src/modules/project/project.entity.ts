import { MaskedNarrative } from '../../access/rules';
import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { ProjectKind } from './project.enum';

/** A project, initiative or social enterprise run by or linked to a partnership. */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class Project extends PartnershipRecord {
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => ProjectKind })
  kind!: ProjectKind;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  summary?: string;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  background?: string;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  whatChanged?: string;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  difference?: string;

  @Property({ type: 'date', nullable: true })
  establishedOn?: string;
}
