import { MaskedNarrative } from '../../access/rules';
import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { PartnershipRecord } from '../partnership/partnership-record.entity';
import { Organisation } from '../organisation/organisation.entity';
import { SourceDocument } from '../source/source-document.entity';
import { ReportKind } from './report.enum';

/** A report a partnership wrote (Bury EST Progress Report, November 2002). */
@Entity()
@Unique({ properties: ['partnership', 'key'] })
// Which organisations a caller may see (catalogue visibility): read by index, level first.
@Index({ properties: ['sharing', 'recipient'] })
export class Report extends PartnershipRecord {
  @MaskedNarrative()
  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => ReportKind })
  kind!: ReportKind;

  @ManyToOne(() => SourceDocument, { ref: true })
  document!: Ref<SourceDocument>;

  @Property({ type: 'text', nullable: true })
  periodLabel?: string;

  @Property({ type: 'date', nullable: true })
  periodStart?: string;

  @Property({ type: 'date', nullable: true })
  periodEnd?: string;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  recipient?: Ref<Organisation>;

  @MaskedNarrative()
  @Property({ type: 'text', nullable: true })
  description?: string;
}
