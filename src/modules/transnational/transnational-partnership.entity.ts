import type { AudienceMasks } from '../../access/audience';
import { MaskedNarrative } from '../../access/rules';
import { Entity, Property, Unique } from '@mikro-orm/core';
import { SourcedRecord } from '../source/sourced-record.entity';

/** A partnership of partnerships across EU member states (FUTURO). */
@Entity()
@Unique({ properties: ['key'] })
export class TransnationalPartnership extends SourcedRecord {
  @Property({ type: 'text' })
  name!: string;

  @MaskedNarrative('passage')
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;
}
