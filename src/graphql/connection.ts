import type { Knex } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
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

/** One key of a list's order: an SQL expression that is never NULL, and how to read it from a row. */
export interface SortKey<R> {
  expression: string;
  direction: 'asc' | 'desc';
  value: (row: R) => string | number;
}

function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string, keys: number): Array<string | number> {
  try {
    if (cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error();
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === keys &&
      values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`"${argument}" is not a cursor of this list`, { argument });
}

function checkPageSize(value: number | null | undefined, argument: string): void {
  if (value === null || value === undefined) return;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${value})`, { argument, max: MAX_PAGE_SIZE });
  }
}

/** Rows strictly after (or before) the cursor in the list's order: a keyset, so deep pages stay cheap. */
function whereBeyond<R>(knex: Knex, keys: SortKey<R>[], values: Array<string | number>, forward: boolean): Knex.Raw {
  const clauses: string[] = [];
  const bindings: Array<string | number> = [];
  keys.forEach((key, i) => {
    const ascending = (key.direction === 'asc') === forward;
    const equal = keys.slice(0, i).map((k) => `${k.expression} = ?`);
    bindings.push(...values.slice(0, i), values[i]);
    clauses.push(`(${[...equal, `${key.expression} ${ascending ? '>' : '<'} ?`].join(' and ')})`);
  });
  return knex.raw(`(${clauses.join(' or ')})`, bindings);
}

/**
 * Cursor pagination (Relay) over a filtered row query. `query` selects the rows with every filter
 * applied; its count gives `totalCount`. Validation errors are BAD_USER_INPUT.
 */
export async function paginate<R>(options: {
  knex: Knex;
  query: () => Knex.QueryBuilder;
  keys: SortKey<R>[];
  args: ConnectionArgs;
  run: <X>(q: Knex.QueryBuilder) => Promise<X[]>;
}): Promise<Page<R>> {
  const { knex, keys, args, run } = options;
  checkPageSize(args.first, 'first');
  checkPageSize(args.last, 'last');
  if (args.first != null && args.last != null) throw badUserInput('Pass "first" or "last", not both', { argument: 'last' });
  const forward = args.last == null;
  const size = (forward ? args.first : args.last) ?? DEFAULT_PAGE_SIZE;
  const after = args.after != null ? decodeCursor(args.after, 'after', keys.length) : undefined;
  const before = args.before != null ? decodeCursor(args.before, 'before', keys.length) : undefined;

  let query = options.query();
  if (after) query = query.where(whereBeyond(knex, keys, after, true));
  if (before) query = query.where(whereBeyond(knex, keys, before, false));
  for (const key of keys) {
    const ascending = (key.direction === 'asc') === forward;
    query = query.orderByRaw(`${key.expression} ${ascending ? 'asc' : 'desc'}`);
  }
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
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keys.map((k) => k.value(node))) }));
  const pageInfo: PageInfo = {
    hasNextPage: forward ? more : before !== undefined,
    hasPreviousPage: forward ? after !== undefined : more,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  const count = async () => {
    const [{ count }] = await run<{ count: number }>(
      knex.count({ count: '*' }).from(options.query().clearSelect().clearOrder().select(knex.raw('1')).as('filtered')),
    );
    return Number(count);
  };
  return new Page(edges, pageInfo, count);
}
