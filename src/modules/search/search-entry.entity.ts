import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref, Unique } from '@mikro-orm/core';
import { SharingLevel } from '../../access/roles';
import type { Partnership } from '../partnership/partnership.entity';
import type { SourcePassage } from '../source/source-passage.entity';

/**
 * The full-text search index: one row per narrative field of a record (an objective's text, a
 * project's summary ...), derived from the records by search-index.service.ts whenever a
 * partnership is imported. Never written by hand.
 *
 * Every row keeps its partnership, so that row-level rules (sharing levels per partnership record)
 * can filter hits like any other list, and hits are fetched through the records' own loaders.
 */
@Entity()
@Unique({ properties: ['recordType', 'recordId', 'field'] })
@Index({ properties: ['partnership'] })
@Index({ name: 'search_entry_document_index', expression: 'create index "search_entry_document_index" on "search_entry" using gin ("document")' })
@Index({
  name: 'search_entry_public_document_index',
  expression: 'create index "search_entry_public_document_index" on "search_entry" using gin ("public_document") where "public_document" is not null',
})
@Index({
  name: 'search_entry_partners_document_index',
  expression: 'create index "search_entry_partners_document_index" on "search_entry" using gin ("partners_document") where "partners_document" is not null',
})
export class SearchEntry {
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: 'Partnership', ref: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  /**
   * The record's sharing level, copied when the index is built (a sharing change rebuilds the
   * partnership's rows in its transaction), so who may see a hit is decided by the entry alone:
   * the same rule as the record's (visibility.ts: this level, or owning `partnership`). The index
   * always writes it; the default is the narrowest level, so an entry written without one is
   * hidden rather than public.
   */
  @Enum({ items: () => SharingLevel, default: SharingLevel.OWNER })
  sharing: SharingLevel = SharingLevel.OWNER;

  /** GraphQL type name of the record ("Objective"). */
  @Property({ length: 40 })
  recordType!: string;

  @Property()
  recordId!: number;

  /** Which of the record's fields (SearchField: TEXT, NARRATIVE, BACKGROUND ...). */
  @Property({ length: 40 })
  field!: string;

  /** The passage the field was read from (provenance of the hit). */
  @ManyToOne({ entity: 'SourcePassage', ref: true, nullable: true, deleteRule: 'set null' })
  passage?: Ref<SourcePassage>;

  @Property({ type: 'text' })
  text!: string;

  /** English stemming: "leavers" finds "leaver"; prefix queries find "apprenticeship" from "apprentice". */
  @Property({ type: 'tsvector', generated: "(to_tsvector('english'::regconfig, text)) stored", lazy: true })
  document?: string;

  /**
   * The text as anonymous callers read it, where that differs (the record's masks: a withheld
   * figure's numbers); null: as `text`. Searched and cut into snippets for them instead.
   */
  @Property({ type: 'text', nullable: true })
  publicText?: string | null;

  @Property({ type: 'tsvector', generated: "(to_tsvector('english'::regconfig, public_text)) stored", lazy: true, nullable: true })
  publicDocument?: string;

  /** As publicText, for signed-in partners who do not own the record. */
  @Property({ type: 'text', nullable: true })
  partnersText?: string | null;

  @Property({ type: 'tsvector', generated: "(to_tsvector('english'::regconfig, partners_text)) stored", lazy: true, nullable: true })
  partnersDocument?: string;
}

/** Which version of the index definition each partnership's search rows were built with, and a digest of them. */
@Entity()
export class SearchIndexState {
  @ManyToOne({ entity: 'Partnership', ref: true, primary: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @Property()
  version!: number;

  /** MD5 of the rows as built: a re-import that would build the same rows writes nothing. */
  @Property({ length: 32 })
  digest!: string;

  @Property({ type: 'timestamptz' })
  indexedAt!: Date;
}
