import { PersonalData } from '../../access/rules';
import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Organisation } from '../organisation/organisation.entity';

/**
 * A named contact of a partnership. PERSONAL DATA (GDPR): name, job title, email and phone identify
 * a person; the API marks these fields and only the owning partnership and administrators see them.
 */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
// Which organisations a caller may see (catalogue visibility): read by index, level first.
@Index({ properties: ['sharing', 'organisation'] })
export class ContactPerson extends PartnershipRecord {
  /** Personal data. */
  @PersonalData()
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  organisation?: Ref<Organisation>;

  /** Personal data. */
  @PersonalData()
  @Property({ type: 'text', nullable: true })
  jobTitle?: string;

  /** Personal data. */
  @PersonalData()
  @Property({ type: 'text', nullable: true })
  email?: string;

  /** Personal data. */
  @PersonalData()
  @Property({ type: 'text', nullable: true })
  phone?: string;
}
