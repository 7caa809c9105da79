import { MaskedSourceText } from '../../access/rules';
import type { AudienceMasks } from '../../access/audience';
import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { SourceDocument } from './source-document.entity';

/** A passage of a source document (section + verbatim quote) that records point to. */
@Entity()
@Unique({ properties: ['document', 'fingerprint'] })
export class SourcePassage extends BaseRecord {
  @ManyToOne(() => SourceDocument, { ref: true, deleteRule: 'cascade' })
  document!: Ref<SourceDocument>;

  @Property({ type: 'text', nullable: true })
  section?: string;

  @Property({ type: 'text' })
  @MaskedSourceText()
  quote!: string;

  /** SHA-256 of section and quote: passages are shared by the records quoting them, not copied. */
  @Property({ length: 64 })
  fingerprint!: string;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true })
  masks?: AudienceMasks | null;
}
