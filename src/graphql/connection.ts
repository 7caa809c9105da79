import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { PREFETCHED } from './compiled-reads';
import { badUserInput } from './errors';

/** Largest page a client may ask for; a list never returns more rows than this in one request. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (after \`after\`); at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (before \`before\`); at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to end before.' })
  before?: string | null;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/** The page row's column holding totalCount when it is counted with the page. */
const TOTAL = '__total';

/** Whether a field's selection (fragments included) asks for `name` directly below it. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((n) => within(n.selectionSet));
}

/** A page of a list. `totalCount` is a getter: its COUNT query runs only when a client asks for it. */
export class Page<T> {
  constructor(
    readonly edges: Edge<T>[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    return this.count();
  }

  /** The same page with each node transformed (cursors and counts unchanged). */
  map<U>(fn: (node: T) => U): Page<U> {
    return new Page(
      this.edges.map((e) => ({ node: fn(e.node), cursor: e.cursor })),
      this.pageInfo,
      this.count,
    );
  }
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node!: T;

    @Field({ description: 'Opaque; pass to `after` or `before`.' })
    cursor!: string;
  }

  // Never reachable itself (only its subclass is), so type-graphql does not emit it.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list (all pages), after filters.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Direction of a list's order. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending; missing values always come last.' });

type CursorValue = string | number | null;

/**
 * One key of a list's order: an SQL expression and how to read its value from a row. A `nullable`
 * key puts rows without a value last (in either direction); `type` is what its cursor values must
 * be, so a doctored cursor is refused before it reaches SQL.
 */
export interface SortKey<R> {
  expression: string;
  direction: 'asc' | 'desc';
  value: (row: R) => CursorValue;
  type: 'number' | 'string' | 'date';
  nullable?: boolean;
  /**
   * Values are stored numbers (record ids, positions among all rows): cursors carry them permuted
   * (GlobalIds.toCursorValue). The `"t"."id"` tie-breaker always is.
   */
  stored?: boolean;
}

/** How cursors hide stored numbers (GlobalIds). */
export interface CursorValues {
  toCursorValue(n: number): number;
  fromCursorValue(value: number): number | null;
}

const isStored = <R>(key: SortKey<R>) => key.stored || key.expression === '"t"."id"';

/** A cursor names the ordering it belongs to: one from another ordering (or list) is refused, not misread. */
function orderingSignature<R>(keys: SortKey<R>[]): string {
  return createHash('sha256')
    .update(keys.map((k) => `${k.expression} ${k.direction}${k.nullable ? ' nulls last' : ''}`).join(','))
    .digest('base64url')
    .slice(0, 8);
}

function encodeCursor(signature: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([signature, ...values]), 'utf8').toString('base64url');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validCursorValue<R>(key: SortKey<R>, value: unknown): boolean {
  if (value === null) return !!key.nullable;
  switch (key.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value));
    default:
      return typeof value === 'string' && value.length <= 1000;
  }
}

function decodeCursor<R>(cursor: string, argument: string, keys: SortKey<R>[], ids: CursorValues): CursorValue[] {
  let decoded: unknown;
  try {
    if (cursor.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error();
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && typeof decoded[0] === 'string' && /^[A-Za-z0-9_-]{8}$/.test(decoded[0])) {
    const [signature, ...values] = decoded as unknown[];
    if (signature !== orderingSignature(keys)) {
      throw badUserInput(`"${argument}" is a cursor of another list or ordering: page with the orderBy it was made with`, { argument });
    }
    if (values.length === keys.length && keys.every((key, i) => validCursorValue(key, values[i]))) {
      const stored = values.map((v, i) => (isStored(keys[i]) && typeof v === 'number' ? ids.fromCursorValue(v) : v));
      // A permuted value no cursor holds (made up, or from another hub) is no cursor of this list.
      if (stored.every((v, i) => v !== null || values[i] === null)) return stored as CursorValue[];
    }
  }
  throw badUserInput(`"${argument}" is not a cursor of this list`, { argument });
}

function checkPageSize(value: number | null | undefined, argument: string): void {
  if (value === null || value === undefined) return;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${value})`, { argument, max: MAX_PAGE_SIZE });
  }
}

/**
 * SQL for "this key puts the row beyond the cursor's value": after it when paging forward, before
 * it when paging backward. Rows without a value sort last, whatever the direction. Null when no
 * row can be beyond (after a cursor that is itself in the trailing nulls).
 */
function beyond<R>(key: SortKey<R>, value: CursorValue, forward: boolean): { sql: string; bindings: CursorValue[] } | null {
  const e = key.expression;
  const ascending = key.direction === 'asc';
  if (forward) {
    if (value === null) return null;
    const sql = `${e} ${ascending ? '>' : '<'} ?`;
    return { sql: key.nullable ? `(${sql} or ${e} is null)` : sql, bindings: [value] };
  }
  if (value === null) return { sql: `${e} is not null`, bindings: [] };
  return { sql: `${e} ${ascending ? '<' : '>'} ?`, bindings: [value] };
}

function equal<R>(key: SortKey<R>, value: CursorValue): { sql: string; bindings: CursorValue[] } {
  return value === null ? { sql: `${key.expression} is null`, bindings: [] } : { sql: `${key.expression} = ?`, bindings: [value] };
}

/** Rows strictly after (or before) the cursor in the list's order: a keyset, so deep pages stay cheap. */
function whereBeyond<R>(knex: Knex, keys: SortKey<R>[], values: CursorValue[], forward: boolean): Knex.Raw {
  const clauses: string[] = [];
  const bindings: CursorValue[] = [];
  keys.forEach((key, i) => {
    const last = beyond(key, values[i], forward);
    if (!last) return;
    const parts = [...keys.slice(0, i).map((k, j) => equal(k, values[j])), last];
    clauses.push(`(${parts.map((p) => p.sql).join(' and ')})`);
    bindings.push(...parts.flatMap((p) => p.bindings));
  });
  return knex.raw(clauses.length ? `(${clauses.join(' or ')})` : 'false', bindings as Knex.RawBinding[]);
}

function orderClause<R>(key: SortKey<R>, forward: boolean): string {
  const ascending = (key.direction === 'asc') === forward;
  // Rows without a value come last in the list, so first when reading it backwards.
  return `${key.expression} ${ascending ? 'asc' : 'desc'}${key.nullable ? (forward ? ' nulls last' : ' nulls first') : ''}`;
}

/**
 * Cursor pagination (Relay) over a filtered row query. `query` selects the rows with every filter
 * applied; its count gives `totalCount`. Validation errors are BAD_USER_INPUT.
 */
export async function paginate<R>(options: {
  knex: Knex;
  ids: CursorValues;
  query: () => Knex.QueryBuilder;
  keys: SortKey<R>[];
  args: ConnectionArgs;
  run: <X>(q: Knex.QueryBuilder) => Promise<X[]>;
  /**
   * An SQL expression of the page's row (aliased `"t"`) selected with it as the row's prefetched
   * reads (connectionPrefetch): the nodes' nested lists come in the page's own statement.
   */
  prefetch?: string | null;
  /** `totalCount` is asked for: count the filtered rows in the page's statement (one scan, once). */
  countWithPage?: boolean;
}): Promise<Page<R>> {
  const { knex, keys, args, run } = options;
  checkPageSize(args.first, 'first');
  checkPageSize(args.last, 'last');
  if (args.first != null && args.last != null) throw badUserInput('Pass "first" or "last", not both', { argument: 'last' });
  const forward = args.last == null;
  const size = (forward ? args.first : args.last) ?? DEFAULT_PAGE_SIZE;
  const after = args.after != null ? decodeCursor(args.after, 'after', keys, options.ids) : undefined;
  const before = args.before != null ? decodeCursor(args.before, 'before', keys, options.ids) : undefined;
  const signature = orderingSignature(keys);

  let query = options.query();
  if (after) query = query.where(whereBeyond(knex, keys, after, true));
  if (before) query = query.where(whereBeyond(knex, keys, before, false));
  for (const key of keys) query = query.orderByRaw(orderClause(key, forward));
  // Knex reads `?` as a binding; the compiled SQL has none of its own.
  if (options.prefetch) query = query.select(knex.raw(`${options.prefetch.replace(/\?/g, '\\?')} as "${PREFETCHED}"`));
  const filtered = () => options.query().clearSelect().clearOrder().select(knex.raw('1')).as('filtered');
  // An uncorrelated subquery: PostgreSQL counts once (an InitPlan), and the page keeps its own plan.
  const counted = options.countWithPage && size > 0;
  if (counted) query = query.select(knex.raw(`(?) as "${TOTAL}"`, [knex.count({ count: '*' }).from(filtered())]));
  const rows =
    size === 0
      ? []
      : await run<R>(query.limit(size + 1)).catch((e: { code?: string }) => {
          // A forged cursor whose values do not fit the list's columns (text for an id): PostgreSQL
          // refuses it as a data exception (SQLSTATE class 22); that is the client's mistake.
          if ((after || before) && typeof e?.code === 'string' && e.code.startsWith('22')) {
            const argument = after ? 'after' : 'before';
            throw badUserInput(`"${argument}" is not a cursor of this list`, { argument });
          }
          throw e;
        });
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (!forward) page.reverse();
  const cursorValue = (key: SortKey<R>, node: R) => {
    const value = key.value(node) ?? null;
    return isStored(key) && typeof value === 'number' ? options.ids.toCursorValue(value) : value;
  };
  const edges = page.map((node) => ({ node, cursor: encodeCursor(signature, keys.map((k) => cursorValue(k, node))) }));
  const pageInfo: PageInfo = {
    hasNextPage: forward ? more : before !== undefined,
    hasPreviousPage: forward ? after !== undefined : more,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  const inPage = counted && rows.length ? Number((rows[0] as Record<string, unknown>)[TOTAL]) : undefined;
  const count = async () => {
    if (inPage !== undefined) return inPage;
    const [{ count }] = await run<{ count: number }>(knex.count({ count: '*' }).from(filtered()));
    return Number(count);
  };
  return new Page(edges, pageInfo, count);
}
