import { MaskedNarrative, PersonalData } from '../../access/rules';
import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Project } from '../project/project.entity';

/**
 * A quote from a service user. The speaker's description and who referred them are PERSONAL DATA
 * (with the quote they can identify the person); the API marks them.
 */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class Testimonial extends PartnershipRecord {
  @MaskedNarrative()
  @Property({ type: 'text' })
  text!: string;

  /** Personal data. */
  @PersonalData()
  @Property({ type: 'text', nullable: true })
  speaker?: string;

  /** Personal data. */
  @PersonalData()
  @Property({ type: 'text', nullable: true })
  referredBy?: string;

  @ManyToOne(() => Project, { ref: true, nullable: true, deleteRule: 'set null' })
  project?: Ref<Project>;
}
