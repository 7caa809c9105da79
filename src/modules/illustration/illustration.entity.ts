import { MaskedNarrative } from '../../access/rules';
import { Entity, Property, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';

/** An image on a profile page, known by its caption (the images themselves were not received). */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
export class Illustration extends PartnershipRecord {
  @MaskedNarrative()
  @Property({ type: 'text' })
  caption!: string;

  @Property({ type: 'text', nullable: true })
  section?: string;
}
