import { MaskedNarrative, Positioned } from '../../access/rules';
import type { AudienceMasks, Positions } from '../../access/audience';
import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../../access/roles';
import { SourcedRecord } from '../source/sourced-record.entity';
import { Partnership } from '../partnership/partnership.entity';
import { TransnationalEventKind } from './transnational.enum';
import { TransnationalPartnership } from './transnational-partnership.entity';

/** A meeting or seminar of a transnational partnership. */
@Entity()
@Unique({ properties: ['transnationalPartnership', 'declaredBy', 'key'] })
@Positioned(['transnationalPartnership'])
export class TransnationalEvent extends SourcedRecord {
  @ManyToOne(() => TransnationalPartnership, { ref: true, deleteRule: 'cascade' })
  transnationalPartnership!: Ref<TransnationalPartnership>;

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  @Index()
  declaredBy!: Ref<Partnership>;

  @Property({ type: 'text' })
  @MaskedNarrative()
  title!: string;

  @Enum({ items: () => TransnationalEventKind })
  kind!: TransnationalEventKind;

  @ManyToOne(() => Partnership, { ref: true, nullable: true, deleteRule: 'set null' })
  hostPartnership?: Ref<Partnership>;

  @Property({ type: 'text', nullable: true })
  hostName?: string;

  @Property({ type: 'date', nullable: true })
  occurredOn?: string;

  /** Latest date it can have happened, when only that is known (the report that mentions it). */
  @Property({ type: 'date', nullable: true })
  occurredBy?: string;

  @Property({ type: 'text', nullable: true })
  @MaskedNarrative()
  description?: string;

  @Property()
  ordinal!: number;

  /** Who may see it; owned by the partnership that declared it. */
  @Enum({ items: () => SharingLevel, default: SharingLevel.PUBLIC })
  sharing: SharingLevel & Opt = SharingLevel.PUBLIC;

  /** Derived (access/derivation.ts): its position among the siblings each audience sees. */
  @Property({ type: 'json', nullable: true })
  positions?: Positions | null;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;
}
