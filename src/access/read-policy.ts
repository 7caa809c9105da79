import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { Audience } from './audience';
import type { Caller } from './caller';
import { SuppressionReason } from './disclosure.enum';
import { Role } from './roles';
import { maskedProperties, rulesOf, type EntityRules } from './rules';
import { ownerColumnOf, visibilityCondition } from './visibility';

/** An SQL condition with `?` placeholders and their values. */
export interface SqlCondition {
  sql: string;
  bindings: unknown[];
}

/** Columns a read selects besides the entity's own: what the rules decide about a row. */
export const SUPPRESSED = 'suppressed';
export const SUPPRESSION_REASON = 'suppressionReason';
export const REDACTED_FIELDS = 'redactedFields';
/** A positioned row's place among the siblings the caller sees (its stored `ordinal` is its place in the source). */
export const POSITION = 'position';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Who sees what, for one request: the only thing resolvers, loaders, the SQL compiler, search and
 * exports ask. Everything that depends on the data alone (disclosure decisions, masked passages,
 * narratives and search texts, positions among visible records) was decided when the data changed
 * (derivation.ts) and stored per audience; a read only picks the caller's column:
 *
 * - administrators read every row as stored;
 * - a partnership's editors read their own partnerships' rows as stored, and everyone else's as
 *   the PARTNERS audience does;
 * - other signed-in callers read as PARTNERS, anonymous callers as PUBLIC.
 *
 * Its SQL is text with the caller's few values written in (partnership ids, sharing levels: enum
 * names and integers only), so a statement's text depends on the caller's class and the query's
 * shape, not on the data.
 */
export class ReadPolicy {
  /** The audience whose stored view the caller reads for rows it does not own; null for administrators. */
  readonly audience: Audience | null;
  private readonly key: string;
  private readonly owned: number[];
  // The ORM's metadata and query builder, not the request's EntityManager: cached readers keep a
  // policy alive, and must not keep a request's identity map with it.
  private readonly meta: MetadataStorage;
  private readonly knex: Knex;
  /**
   * Values disclosure control withheld in this request's answer (GraphQL fields, export rows), for
   * /metrics: tallied here as a plain number, added to the counter once per response.
   */
  withheldServed = 0;

  constructor(
    readonly caller: Caller,
    em: EntityManager,
  ) {
    this.meta = em.getMetadata();
    this.knex = em.getKnex();
    this.audience = caller.isAdmin ? null : caller.isAuthenticated ? Audience.PARTNERS : Audience.PUBLIC;
    this.owned = caller.role === Role.PARTNERSHIP_EDITOR ? [...caller.partnershipIds].sort((a, b) => a - b) : [];
    this.key = this.audience === null ? 'ADMIN' : this.owned.length ? `${this.audience}:${this.owned.join(',')}` : this.audience;
  }

  /** Identifies what this policy writes into SQL: equal keys, equal SQL (for caches of compiled statements). */
  get cacheKey(): string {
    return this.key;
  }

  get isAdmin(): boolean {
    return this.audience === null;
  }

  /** Owners see everything of their partnership, personal data included. */
  owns(partnershipId: number | null | undefined): boolean {
    return this.caller.owns(partnershipId);
  }

  metadata(entity: EntityClass<object> | string): EntityMetadata {
    return this.meta.get(typeof entity === 'string' ? entity : entity.name);
  }

  /**
   * Rows of `entity` (aliased `alias`) the caller may see, or null when it sees them all: by sharing
   * level or ownership, catalogue entries by the records behind them (visibility.ts).
   */
  visible(entity: EntityClass<object> | string, alias: string, sharingProperty?: string): SqlCondition | null {
    const raw = visibilityCondition({ metadata: this.meta, knex: this.knex }, entity, this.caller, alias.replace(/"/g, ''), sharingProperty);
    if (!raw) return null;
    const { sql, bindings } = raw.toSQL();
    return { sql, bindings: [...bindings] };
  }

  /** `visible` as SQL text with its values written in, for statements built as text (the read compiler). */
  visibleSql(entity: EntityClass<object> | string, alias: string, sharingProperty?: string): string | null {
    const visible = this.visible(entity, alias, sharingProperty);
    return visible ? this.knex.raw(visible.sql, visible.bindings as Knex.RawBinding[]).toQuery() : null;
  }

  /**
   * SQL: does the caller own the row `alias` (its partnership, or for a passage and the catalogue
   * entries shared between partnerships, the owner of the document it is read from)?
   */
  ownsRow(meta: EntityMetadata, alias: string): string {
    if (this.audience === null) return 'true';
    if (!this.owned.length) return 'false';
    const owner = this.ownerExpression(meta, alias);
    return owner ? `${owner} in (${this.owned.join(', ')})` : 'false';
  }

  private ownerExpression(meta: EntityMetadata, alias: string): string | undefined {
    const column = ownerColumnOf(meta);
    if (column) return `${alias}."${column}"`;
    if (meta.className === 'SourcePassage') return `(select od."owner_id" from "source_document" od where od."id" = ${alias}."document_id")`;
    if (meta.className === 'SourceDocument') return `${alias}."owner_id"`;
    if (meta.properties.source) {
      return `(select od."owner_id" from "source_passage" op join "source_document" od on od."id" = op."document_id" where op."id" = ${alias}."source_id")`;
    }
    return undefined;
  }

  /** SQL: is the figure `alias` (indicator_observation) withheld from the caller by disclosure control? */
  withheld(alias: string): string {
    if (this.audience === null) return 'false';
    const column = `${alias}."withheld_${this.audience.toLowerCase()}" is not null`;
    return this.owned.length ? `(${column} and not ${this.ownsRow(this.metadata('IndicatorObservation'), alias)})` : column;
  }

  /**
   * SQL reading one property of row `alias` as the caller may: personal data null unless owned,
   * masked texts as the caller's audience reads them, a withheld figure's value null, a position
   * among what the caller sees. Undefined for a property the entity does not store.
   */
  read(entity: EntityClass<object> | string | EntityMetadata, property: string, alias: string): string | undefined {
    const meta = typeof entity === 'object' && 'className' in entity ? entity : this.metadata(entity as EntityClass<object> | string);
    return this.readers(meta).get(property)?.(alias);
  }

  /**
   * `<sql> as "<property>"` for every stored scalar and many-to-one (as `<relation>Id`) of the
   * entity, each read as the caller may, plus what the rules add (`suppressed`,
   * `suppressionReason`, `redactedFields`, `position`). Lazy properties (full texts) are left out.
   */
  columns(entity: EntityClass<object> | string | EntityMetadata, alias: string): string[] {
    const meta = typeof entity === 'object' && 'className' in entity ? entity : this.metadata(entity as EntityClass<object> | string);
    const cacheKey = `${this.key}|${meta.className}|${alias}`;
    let columns = COLUMN_CACHE.get(cacheKey);
    if (!columns) {
      columns = [];
      for (const [property, reader] of this.readers(meta)) {
        if (!LAZY.has(`${meta.className}.${property}`)) columns.push(`${reader(alias)} as "${property}"`);
      }
      if (COLUMN_CACHE.size > 10_000) COLUMN_CACHE.clear();
      COLUMN_CACHE.set(cacheKey, columns);
    }
    return columns;
  }

  /** The properties `columns` selects (every stored, non-lazy one and the rules' columns), in its order. */
  readableProperties(entity: EntityClass<object> | string | EntityMetadata): string[] {
    const meta = typeof entity === 'object' && 'className' in entity ? entity : this.metadata(entity as EntityClass<object> | string);
    return [...this.readers(meta).keys()].filter((p) => !LAZY.has(`${meta.className}.${p}`));
  }

  /** Property -> SQL reader, for the entity, under this policy (cached per policy class). */
  private readers(meta: EntityMetadata): Map<string, (alias: string) => string> {
    const cacheKey = `${this.key}|${meta.className}`;
    let readers = READER_CACHE.get(cacheKey);
    if (readers) return readers;
    readers = new Map();
    const rules = rulesOf(meta.class);
    const masked = new Set(maskedProperties(rules));
    const personal = new Set(rules.personal);
    const withheld = new Set(rules.withheld);
    const digests = new Map(rules.digests.map((d) => [d.property, d.of]));
    for (const prop of meta.props) {
      if (prop.persist === false || prop.fieldNames?.length !== 1 || DERIVED.has(prop.name)) continue;
      if (prop.lazy) LAZY.add(`${meta.className}.${prop.name}`);
      const column = prop.fieldNames[0];
      const raw = (a: string) => `${a}."${column}"`;
      if (prop.kind === ReferenceKind.MANY_TO_ONE) {
        readers.set(`${prop.name}Id`, raw);
        continue;
      }
      if (prop.kind !== ReferenceKind.SCALAR) continue;
      let reader = raw;
      if (personal.has(prop.name)) reader = (a) => this.ifOwned(meta, a, raw(a), 'null');
      else if (masked.has(prop.name)) reader = (a) => this.ifOwned(meta, a, raw(a), this.maskedText(a, column, prop.name));
      else if (withheld.has(prop.name)) reader = (a) => `case when ${this.withheld(a)} then null else ${raw(a)} end`;
      else if (digests.has(prop.name)) reader = (a) => this.ifOwned(meta, a, raw(a), `case when ${this.maskedFor(a, digests.get(prop.name)!)} then null else ${raw(a)} end`);
      readers.set(prop.name, reader);
    }
    this.addRuleColumns(meta, rules, readers);
    READER_CACHE.set(cacheKey, readers);
    return readers;
  }

  private addRuleColumns(meta: EntityMetadata, rules: EntityRules, readers: Map<string, (alias: string) => string>) {
    if (rules.withheld.length) {
      readers.set(SUPPRESSED, (a) => `(${this.withheld(a)})`);
      readers.set(SUPPRESSION_REASON, (a) => `case when ${this.withheld(a)} then ${quote(SuppressionReason.SMALL_COUNTS)} end`);
    }
    if (rules.positionedWithin && meta.properties.positions) readers.set(POSITION, (a) => this.position(meta, a));
    if (rules.personal.length) {
      const all = `array[${rules.personal.map(quote).join(', ')}]::text[]`;
      readers.set(REDACTED_FIELDS, (a) => this.ifOwned(meta, a, `array[]::text[]`, all));
    }
  }

  /** `whenOwned` for rows the caller owns, `otherwise` for the rest (written once when it is one or the other). */
  private ifOwned(meta: EntityMetadata, alias: string, whenOwned: string, otherwise: string): string {
    const owns = this.ownsRow(meta, alias);
    if (owns === 'true') return whenOwned;
    if (owns === 'false') return otherwise;
    return `case when ${owns} then ${whenOwned} else ${otherwise} end`;
  }

  private maskedText(alias: string, column: string, property: string): string {
    return `coalesce(${alias}."masks" #>> '{${this.audience},${property}}', ${alias}."${column}")`;
  }

  private maskedFor(alias: string, property: string): string {
    return `(${alias}."masks" #>> '{${this.audience},${property}}') is not null`;
  }

  private position(meta: EntityMetadata, alias: string): string {
    const of = (key: string) => `(${alias}."positions" ->> '${key}')::int`;
    return this.ifOwned(meta, alias, of('ALL'), this.audience === null ? of('ALL') : of(this.audience));
  }
}

/** Columns the derivation writes: read through the rules, never selected as they are. */
const DERIVED = new Set(['masks', 'positions', 'withheldPublic', 'withheldPartners', 'globalId']);
const LAZY = new Set<string>();
const READER_CACHE = new Map<string, Map<string, (alias: string) => string>>();
const COLUMN_CACHE = new Map<string, string[]>();
