import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseRecord } from '../../db/base.entity';
import { ConceptScheme, LabelKind } from './concept.enum';

/**
 * A concept of the shared taxonomy (SKOS-like): a population group, a theme or a programme, with a
 * broader concept above it. Partnerships keep their own wording; their records point here.
 */
@Entity()
export class Concept extends BaseRecord {
  /** Stable code ("ex-offenders"), unique across schemes. */
  @Property({ length: 120 })
  @Unique()
  code!: string;

  @Enum({ items: () => ConceptScheme })
  scheme!: ConceptScheme;

  @ManyToOne(() => Concept, { ref: true, nullable: true })
  @Index()
  broader?: Ref<Concept>;

  /**
   * Codes from the top concept down, joined by '/' ("disability/physical-disability"): "including
   * narrower concepts" is a prefix match on an index, like Place.path.
   */
  @Property({ type: 'text' })
  @Index({ expression: 'create index "concept_path_index" on "concept" ("path" text_pattern_ops)' })
  path!: string;

  /** Position in the reference data: lists show concepts in the order their curators chose. */
  @Property()
  ordinal!: number;
}

/**
 * A label of a concept in one language (ISO 639-1 code): one preferred label per language, any
 * number of alternative labels (synonyms, the wordings partnerships use), and a definition.
 */
@Entity()
@Unique({ properties: ['concept', 'lang', 'kind', 'ordinal'] })
export class ConceptLabel extends BaseRecord {
  @ManyToOne(() => Concept, { ref: true, deleteRule: 'cascade' })
  concept!: Ref<Concept>;

  @Property({ length: 8 })
  lang!: string;

  @Enum({ items: () => LabelKind })
  kind!: LabelKind;

  @Property({ type: 'text' })
  value!: string;

  @Property()
  ordinal!: number;
}
