import { Positioned } from '../../access/rules';
import type { Positions } from '../../access/audience';
import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../../access/roles';
import { SourcedRecord } from '../source/sourced-record.entity';
import { Organisation } from '../organisation/organisation.entity';
import { OrganisationRole } from '../organisation/organisation.enum';
import { Partnership } from '../partnership/partnership.entity';
import { TransnationalPartnership } from './transnational-partnership.entity';

/**
 * A member of a transnational partnership: a partnership in the hub, an organisation, or a member
 * named only in words ("our European partners"). `declaredBy` is the partnership whose file stated
 * it, so re-importing one partnership never removes what another one declared.
 */
@Entity()
@Unique({ properties: ['transnationalPartnership', 'declaredBy', 'key'] })
// Which organisations a caller may see (catalogue visibility): read by index, level first.
@Index({ properties: ['sharing', 'organisation'] })
@Positioned(['transnationalPartnership'])
export class TransnationalMember extends SourcedRecord {
  @ManyToOne(() => TransnationalPartnership, { ref: true, deleteRule: 'cascade' })
  transnationalPartnership!: Ref<TransnationalPartnership>;

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  @Index()
  declaredBy!: Ref<Partnership>;

  @ManyToOne(() => Partnership, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  partnership?: Ref<Partnership>;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  organisation?: Ref<Organisation>;

  @Property({ type: 'text', nullable: true })
  name?: string;

  @Enum({ items: () => OrganisationRole })
  role!: OrganisationRole;

  @Property()
  ordinal!: number;

  /** Who may see it; owned by the partnership that declared it. */
  @Enum({ items: () => SharingLevel, default: SharingLevel.PUBLIC })
  sharing: SharingLevel & Opt = SharingLevel.PUBLIC;

  /** Derived (access/derivation.ts): its position among the siblings each audience sees. */
  @Property({ type: 'json', nullable: true })
  positions?: Positions | null;
}
