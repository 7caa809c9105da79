import { Enum, ManyToOne, Opt, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import type { AudienceMasks, Positions } from '../access/audience';
import { Positioned } from '../access/rules';
import { SharingLevel } from '../access/roles';
import type { Partnership } from '../modules/partnership/partnership.entity';
import type { SourcePassage } from '../modules/source/source-passage.entity';

/** Columns every stored record has. */
export abstract class BaseRecord {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/**
 * A record read from a source document: it points to the passage it came from (provenance) and
 * carries the stable `key` it has in the interchange file, so a re-import updates it in place.
 */
export abstract class SourcedRecord extends BaseRecord {
  @Property({ length: 120 })
  key!: string;

  @ManyToOne({ entity: 'SourcePassage', ref: true })
  source!: Ref<SourcePassage>;
}

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
