import { DigestOf, MaskedSourceText } from '../../access/rules';
import type { AudienceMasks } from '../../access/audience';
import { Entity, Enum, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../../access/roles';
import type { Partnership } from '../partnership/partnership.entity';
import { BaseRecord } from '../../db/base.entity';
import { SourceDocumentKind } from './source.enum';

/** A document facts were read from, with its full text so every quoted passage can be checked. */
@Entity()
export class SourceDocument extends BaseRecord {
  @Property({ length: 120 })
  @Unique()
  key!: string;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => SourceDocumentKind })
  kind!: SourceDocumentKind;

  @Property({ type: 'text', nullable: true })
  description?: string;

  @Property({ type: 'text', nullable: true })
  publisher?: string;

  @Property({ length: 8 })
  language!: string;

  @Property({ type: 'date', nullable: true })
  publishedOn?: string;

  @Property({ type: 'text', nullable: true })
  periodLabel?: string;

  @Property({ type: 'text', nullable: true })
  url?: string;

  @Property({ type: 'text', lazy: true })
  @MaskedSourceText()
  text!: string;

  /**
   * Who may read the document's full text and its passages. Its catalogue entry (title, kind) is
   * public: records citing it show where they come from even when the text is not shared.
   */
  @Enum({ items: () => SharingLevel, default: SharingLevel.PUBLIC })
  textSharing: SharingLevel & Opt = SharingLevel.PUBLIC;

  /** The partnership whose file brought the document: its editors see it at any sharing level. */
  @ManyToOne({ entity: 'Partnership', ref: true, nullable: true, deleteRule: 'set null' })
  owner?: Ref<Partnership>;

  /** SHA-256 of the text, so a changed document is noticed on import. */
  @DigestOf('text')
  @Property({ length: 64 })
  sha256!: string;

  /** Derived (access/derivation.ts): its texts as each audience reads them, where they differ. */
  @Property({ type: 'json', nullable: true, lazy: true })
  masks?: AudienceMasks | null;
}
