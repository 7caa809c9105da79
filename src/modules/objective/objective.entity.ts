import { MaskedNarrative } from '../../access/rules';
import { Entity, Property, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';

/** One of a partnership's objectives, in the source's order and words. */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class Objective extends PartnershipRecord {
  /** Numbering as in the source ("Objective 1"), when it has one. */
  @Property({ type: 'text', nullable: true })
  label?: string;

  @MaskedNarrative()
  @Property({ type: 'text' })
  text!: string;
}
