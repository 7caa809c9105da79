import { MaskedNarrative } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Organisation } from './organisation.entity';
import { OrganisationRole } from './organisation.enum';

/** An organisation's role in a partnership (lead, partner, funder ...). */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
// Which organisations a caller may see (catalogue visibility): read by index, level first.
@Index({ properties: ['sharing', 'organisation'] })
export class Membership extends PartnershipRecord {
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;

  @Enum({ items: () => OrganisationRole })
  role!: OrganisationRole;

  /** The source's own words for the link ("the local colleges"). */
  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  description?: string;
}
