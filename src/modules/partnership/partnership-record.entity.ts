import { Enum, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import type { AudienceMasks, Positions } from '../../access/audience';
import { Positioned } from '../../access/rules';
import { SharingLevel } from '../../access/roles';
import { SourcedRecord } from '../source/sourced-record.entity';
import type { Partnership } from './partnership.entity';

/**
 * A sourced record that belongs to one partnership, in the order the source lists it. Concrete
 * entities declare `@Unique({ properties: ['partnership', 'key'] })`, which also serves as the
 * index for loading a partnership's records.
 */
@Positioned()
export abstract class PartnershipRecord extends SourcedRecord {
  @ManyToOne({ entity: 'Partnership', ref: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @Property()
  ordinal!: number;

  /** Who may see it; never wider than its partnership's level (see SharingService). */
  @Enum({ items: () => SharingLevel, default: SharingLevel.PUBLIC })
  sharing: SharingLevel & Opt = SharingLevel.PUBLIC;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;

  /** Derived (access/derivation.ts): its position among the siblings each audience sees. */
  @Property({ type: 'json', nullable: true })
  positions?: Positions | null;
}
