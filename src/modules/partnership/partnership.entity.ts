import type { AudienceMasks } from '../../access/audience';
import { MaskedNarrative } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../../access/roles';
import { BaseRecord } from '../../db/base.entity';
import type { SourcePassage } from '../source/source-passage.entity';
import type { Concept } from '../taxonomy/concept.entity';
import { PartnershipStatus, Programme } from './partnership.enum';

/**
 * A development partnership (or a comparable local programme) and its narrative. The indexes serve
 * the cross-partnership filters and sorts (partnership-filter.service.ts).
 */
@Entity()
@Index({ properties: ['name'] })
@Index({ properties: ['programme'] })
@Index({ properties: ['round'] })
@Index({ properties: ['action3EndDate'] })
@Index({
  name: 'partnership_end_date_index',
  expression: 'create index "partnership_end_date_index" on "partnership" ((coalesce("action3_end_date", "action2_end_date")))',
})
export class Partnership extends BaseRecord {
  /** The partnership's key in the interchange format and in URLs. */
  @Property({ length: 120 })
  @Unique()
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  acronym?: string;

  @Enum({ items: () => Programme })
  programme!: Programme;

  @Property({ type: 'smallint', nullable: true })
  round?: number;

  /** The theme as the source names it ("Social economy"). */
  @Property({ type: 'text', nullable: true })
  theme?: string;

  /** The THEME concept the theme stands for. */
  @ManyToOne({ entity: 'Concept', ref: true, nullable: true })
  @Index()
  themeConcept?: Ref<Concept>;

  @Enum({ items: () => PartnershipStatus })
  status!: PartnershipStatus;

  @Property({ type: 'text', nullable: true })
  developmentPartnership?: string;

  @MaskedNarrative('self')
  @Property({ type: 'text', nullable: true })
  description?: string;

  @MaskedNarrative('self')
  @Property({ type: 'text', nullable: true })
  background?: string;

  @MaskedNarrative('self')
  @Property({ type: 'text', nullable: true })
  aims?: string;

  @MaskedNarrative('self')
  @Property({ type: 'text', nullable: true })
  origins?: string;

  @MaskedNarrative('self')
  @Property({ type: 'text', nullable: true })
  intendedImpact?: string;

  @MaskedNarrative('self')
  @Property({ type: 'text', nullable: true })
  roundOneHistory?: string;

  @Property({ type: 'date', nullable: true, fieldName: 'action2_end_date' })
  action2EndDate?: string;

  @Property({ type: 'date', nullable: true, fieldName: 'action3_end_date' })
  action3EndDate?: string;

  /** Who may see the partnership at all; its records are never shared more widely. */
  @Enum({ items: () => SharingLevel, default: SharingLevel.PUBLIC })
  sharing: SharingLevel & Opt = SharingLevel.PUBLIC;

  /** Where the partnership is named; each narrative field has its own in PartnershipFieldSource. */
  @ManyToOne({ entity: 'SourcePassage', ref: true })
  source!: Ref<SourcePassage>;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;
}
