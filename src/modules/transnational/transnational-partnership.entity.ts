import { Entity, Property, Unique } from '@mikro-orm/core';
import { SourcedRecord } from '../../db/base.entity';

/** A partnership of partnerships across EU member states (FUTURO). */
@Entity()
@Unique({ properties: ['key'] })
export class TransnationalPartnership extends SourcedRecord {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string;
}
