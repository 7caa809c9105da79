import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex, MetadataStorage } from '@mikro-orm/postgresql';
import type { ReadPolicy } from '../access/read-policy';
import type { GlobalIds } from '../graphql/global-id';
import { connectionTypeOf } from './read-routing';

/**
 * Read-side loading: plain rows, not entities.
 *
 * GraphQL reads are the hot path; hydrating MikroORM entities for them costs several times the
 * query itself. Loaders here select the columns of an entity's table straight into plain objects
 * named like the entity's properties, with each many-to-one as `<relation>Id` (a Project row has
 * `partnershipId`, `sourceId`). Writes and rules keep using entities.
 */
export type Row = { id: number };

/** What a read may touch: the request's EntityManager fork and the policy deciding what its caller sees. */
export interface ReadScope {
  em: EntityManager;
  policy: ReadPolicy;
  /** Global IDs, for reads that name records outside GraphQL (exports). */
  ids: GlobalIds;
  /** Generated statements may be kept prepared per connection (fetchPrepared); off on PGlite. */
  preparedStatements?: boolean;
}

/** A loader kind; `Loaders` creates one instance of it per request. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  /** `loaders`: the request's other loaders, for a loader built on another's batches. */
  create(scope: ReadScope, loaders: Loaders): DataLoader<K, V>;
  /** The same rows as SQL the read compiler can nest in a larger statement (src/graphql/compiled-reads.ts). */
  readonly plan?: ReadPlan;
}

/** What a ReadPlan's SQL may use: the caller's policy and the ORM's metadata. */
export interface PlanScope {
  policy: ReadPolicy;
  meta: MetadataStorage;
}

/**
 * A loader's rows for ONE key, as SQL to nest under a parent row: `from <from> where <where>
 * order by <orderBy>`, the rows aliased `row`, the key an SQL expression (a parent row's column).
 * The same visibility, order and filter as the loader's own query, so a nested read returns the
 * rows the loader would.
 */
export interface ReadPlan {
  entity: EntityClass<object>;
  /** A list (children, linked rows) or at most one row (by id). */
  many: boolean;
  source(scope: PlanScope, row: string, key: string): { from: string; where: string[]; orderBy?: string };
}

/** `"column" as "property"` for every stored scalar and many-to-one of the entity, read as the caller may (ReadPolicy). */
export function rowColumns({ policy }: ReadScope, entity: EntityClass<object>, alias = 't'): string[] {
  return policy.columns(entity, `"${alias}"`);
}

export function tableOf(em: EntityManager, entity: EntityClass<object>): string {
  return em.getMetadata().get(entity.name).tableName;
}

/**
 * Selects the rows of an entity the caller may see, as plain objects:
 * `select <columns> from <table> as t where <visible to caller>`.
 */
export function selectRows(scope: ReadScope, entity: EntityClass<object>): Knex.QueryBuilder {
  const knex = scope.em.getKnex();
  const query = knex.select(rowColumns(scope, entity).map((c) => knex.raw(c))).from({ t: tableOf(scope.em, entity) });
  const visible = scope.policy.visible(entity, 't');
  return visible ? query.whereRaw(visible.sql, visible.bindings as Knex.RawBinding[]) : query;
}

export async function fetchRows<R>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<R[]> {
  return em.execute<R[]>(query as Knex.QueryBuilder);
}

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a generated statement (text fixed by the query's shape and the caller's class, `$1`...
 * for values) as a named prepared statement: its text crosses the wire and is parsed once per
 * connection, and PostgreSQL may keep its plan. The read compiler's statements are large (every
 * nested list of a page), so sending and planning them per request cost more than running them.
 * Inside a transaction, or where prepared statements cannot be kept (PGlite behind its socket
 * serves every connection from one session), it is an ordinary statement. Logged and counted as
 * every other statement is.
 */
/** A PostgreSQL array literal of numbers or texts (each text quoted, so commas and braces stay inside it). */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

/**
 * Names prepared so far. Statement texts come from documents and filters clients send, so their
 * number is bounded here: past it, a new text runs unnamed (parsed each time) rather than adding a
 * plan to every connection for as long as it lives.
 */
const preparedNames = new Set<string>();
const MAX_PREPARED_STATEMENTS = 2000;

export async function fetchPrepared<R>(scope: ReadScope, name: string, text: string, values: unknown[]): Promise<R[]> {
  const { em } = scope;
  if (!scope.preparedStatements || em.getTransactionContext()) {
    let i = 0;
    const knexText = text.replace(/\?/g, '\\?').replace(/\$\d+/g, () => (i++, '?'));
    const bindings = values.map((v) => (Array.isArray(v) ? arrayLiteral(v) : v)); // knex would spread an array
    return fetchRows<R>(em, em.getKnex().raw(knexText, bindings as Knex.RawBinding[]));
  }
  const sql = (em.config.get('onQuery') as (sql: string, params: readonly unknown[]) => string)(text, values);
  // A replica for reads (src/db/read-routing.ts): picked once, so the statement runs and is logged on the same one.
  const used = em.getConnection(connectionTypeOf(em));
  const client = used.getKnex().client as { acquireConnection(): Promise<PgClient>; releaseConnection(c: PgClient): Promise<void> };
  // executeQuery is how MikroORM times and logs a statement (protected in its types, public at run time).
  const connection = used as unknown as { executeQuery<T>(query: string, run: () => Promise<T>): Promise<T> };
  return connection.executeQuery(sql, async () => {
    const pg = await client.acquireConnection();
    try {
      const named = preparedNames.has(name) || (preparedNames.size < MAX_PREPARED_STATEMENTS && !!preparedNames.add(name));
      return (await pg.query(named ? { name, text, values } : { text, values })).rows as R[];
    } finally {
      await client.releaseConnection(pg);
    }
  });
}

/** Rows by primary key, one query per batch. */
export function rowByIdLoader<R extends Row>(entity: EntityClass<object>): LoaderDefinition<number, R | null> {
  return {
    name: `${entity.name}ById`,
    create: (scope) =>
      new DataLoader<number, R | null>(async (ids) => {
        const rows = await fetchRows<R>(scope.em, selectRows(scope, entity).whereIn('t.id', ids as number[]));
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    plan: {
      entity,
      many: false,
      source: ({ policy, meta }, row, key) => ({
        from: `"${meta.get(entity.name).tableName}" ${row}`,
        where: [`${row}."id" = ${key}`, ...visibleSql(policy, entity, row)],
      }),
    },
  };
}

/** The policy's visibility condition for `alias` as SQL text (values written in), if any. */
function visibleSql(policy: ReadPolicy, entity: EntityClass<object>, alias: string): string[] {
  const visible = policy.visibleSql(entity, alias);
  return visible ? [visible] : [];
}

/** Rows by a unique text column (slug, key), one query per batch. */
export function rowByUniqueLoader<R extends Row>(
  entity: EntityClass<object>,
  property: string,
): LoaderDefinition<string, R | null> & { uniqueProperty: string } {
  return {
    name: `${entity.name}By${property}`,
    uniqueProperty: property,
    create: (scope) =>
      new DataLoader<string, R | null>(async (keys) => {
        const column = scope.em.getMetadata().get(entity.name).properties[property].fieldNames[0];
        const rows = await fetchRows<R & Record<string, string>>(scope.em, selectRows(scope, entity).whereIn(`t.${column}`, keys as string[]));
        const byKey = new Map(rows.map((r) => [r[property], r]));
        return keys.map((k) => byKey.get(k) ?? null);
      }),
    plan: {
      entity,
      many: false,
      source: ({ policy, meta }, row, key) => {
        const m = meta.get(entity.name);
        return { from: `"${m.tableName}" ${row}`, where: [`${row}."${m.properties[property].fieldNames[0]}" = ${key}`, ...visibleSql(policy, entity, row)] };
      },
    },
  };
}

/**
 * The rows pointing at each parent through one many-to-one (or sharing a value of one column),
 * ordered (by `ordinal`, then id, unless told otherwise): all parents' children in one query,
 * split in memory.
 */
export function childRowsLoader<R extends Row, K extends number | string = number>(
  entity: EntityClass<object>,
  relation: string,
  options: {
    orderBy?: string[];
    /** A further condition on the rows, as SQL on their alias (compilable: nested reads use it too). */
    whereSql?: (alias: string) => string;
    name?: string;
  } = {},
): LoaderDefinition<K, R[]> {
  const orderBy = options.orderBy ?? ['ordinal', 'id'];
  return {
    name: options.name ?? `${entity.name}By${relation}`,
    create: (scope) =>
      new DataLoader<K, R[]>(async (parentIds) => {
        const meta = scope.em.getMetadata().get(entity.name);
        const prop = meta.properties[relation];
        const column = prop.fieldNames[0];
        // A many-to-one is read back as `<relation>Id`, a plain column under its own name.
        const groupBy = prop.kind === ReferenceKind.MANY_TO_ONE ? `${relation}Id` : relation;
        let query = selectRows(scope, entity).whereIn(`t.${column}`, parentIds as K[]);
        if (options.whereSql) query = query.whereRaw(options.whereSql('"t"'));
        for (const p of orderBy) query = query.orderBy(`t.${meta.properties[p].fieldNames[0]}`);
        const rows = await fetchRows<R & Record<string, K>>(scope.em, query);
        const groups = new Map<K, R[]>();
        for (const row of rows) {
          const parent = row[groupBy];
          let group = groups.get(parent);
          if (!group) groups.set(parent, (group = []));
          group.push(row);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      }),
    plan: {
      entity,
      many: true,
      source: ({ policy, meta }, row, key) => {
        const m = meta.get(entity.name);
        const where = [`${row}."${m.properties[relation].fieldNames[0]}" = ${key}`, ...visibleSql(policy, entity, row)];
        if (options.whereSql) where.push(options.whereSql(row));
        return { from: `"${m.tableName}" ${row}`, where, orderBy: orderBy.map((p) => `${row}."${m.properties[p].fieldNames[0]}"`).join(', ') };
      },
    },
  };
}

/**
 * Per-request loader instances, created on first use, so each batch and cache lives one request
 * and answers for one caller.
 */
export class Loaders {
  private readonly instances = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(readonly scope: ReadScope) {}

  /** The rows of an entity this request's caller may see (for lists and connections). */
  select(entity: EntityClass<object>): Knex.QueryBuilder {
    return selectRows(this.scope, entity);
  }

  run<R>(query: Knex.QueryBuilder | Knex.Raw): Promise<R[]> {
    return fetchRows<R>(this.scope.em, query);
  }

  /**
   * A hot read's query as a prepared statement named by its text (fetchPrepared): a page of a
   * list is parsed and planned once per connection, not on every request.
   */
  runPrepared<R>(query: Knex.QueryBuilder): Promise<R[]> {
    const native = query.toSQL().toNative();
    // As MikroORM runs a query: an array value is a list (`in (?)`), one parameter per element.
    const values: unknown[] = [];
    const sql = native.sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = (native.bindings as unknown[])[Number(n) - 1];
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => `$${values.push(item)}`).join(', ');
    });
    return fetchPrepared<R>(this.scope, `hub_q_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`, sql, values);
  }

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.instances.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = definition.create(this.scope, this) as DataLoader<unknown, unknown>;
      this.instances.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/**
 * Rows of `entity` linked to each owner through a join table (Partnership -> Place via
 * PartnershipPlace): one query per batch, ordered by the join table's `ordinal` when it has one.
 */
export function linkedRowsLoader<R extends Row>(
  entity: EntityClass<object>,
  through: EntityClass<object>,
  ownerRelation: string,
  targetRelation: string,
  options: { distinct?: boolean; orderBy?: string } = {},
): LoaderDefinition<number, R[]> {
  return {
    name: `${entity.name}Via${through.name}.${ownerRelation}`,
    create: (scope) =>
      new DataLoader<number, R[]>(async (ownerIds) => {
        const { em, policy } = scope;
        const link = em.getMetadata().get(through.name);
        const ownerFk = link.properties[ownerRelation].fieldNames[0];
        const targetFk = link.properties[targetRelation].fieldNames[0];
        const order = options.orderBy ?? (link.properties.ordinal ? `"l"."ordinal", "l"."id"` : `"t"."id"`);
        const knex = em.getKnex();
        let query = knex
          .select([...rowColumns(scope, entity).map((c) => knex.raw(c)), knex.raw(`"l"."${ownerFk}" as "__owner"`)])
          .from({ t: tableOf(em, entity) })
          .join({ l: link.tableName }, `l.${targetFk}`, 't.id')
          .whereIn(`l.${ownerFk}`, ownerIds as number[])
          .orderByRaw(order);
        // Both ends must be visible: a hidden membership must not reveal its organisation's link.
        for (const [e, alias] of [[entity.name, 't'], [through.name, 'l']] as const) {
          const visible = policy.visible(e, alias);
          if (visible) query = query.whereRaw(visible.sql, visible.bindings as Knex.RawBinding[]);
        }
        const rows = await fetchRows<R & { __owner?: number }>(em, query);
        const groups = new Map<number, R[]>();
        for (const row of rows) {
          const owner = row.__owner!;
          delete row.__owner;
          let group = groups.get(owner);
          if (!group) groups.set(owner, (group = []));
          // Linked twice (an organisation that is both lead and funder): listed once, first place.
          if (!options.distinct || !group.some((r) => r.id === row.id)) group.push(row);
        }
        return ownerIds.map((id) => groups.get(id) ?? []);
      }),
    plan: {
      entity,
      many: true,
      source: ({ policy, meta }, row, key) => {
        const m = meta.get(entity.name);
        const link = meta.get(through.name);
        const l = row.replace(/"$/, '_l"');
        const ownerFk = link.properties[ownerRelation].fieldNames[0];
        const targetFk = link.properties[targetRelation].fieldNames[0];
        const where = [`${l}."${ownerFk}" = ${key}`, ...visibleSql(policy, entity, row), ...visibleSql(policy, through, l)];
        const order = options.orderBy
          ? options.orderBy.replace(/"t"\./g, `${row}.`).replace(/"l"\./g, `${l}.`)
          : link.properties.ordinal ? `${l}."ordinal", ${l}."id"` : `${row}."id"`;
        const joined = `"${m.tableName}" ${row} join "${link.tableName}" ${l} on ${l}."${targetFk}" = ${row}."id"`;
        if (!options.distinct) return { from: joined, where, orderBy: order };
        // Linked twice (lead and funder): once, at its first place, as the loader lists it.
        const sortKeys = order.split(',').map((o, i) => `${o.trim()} as "__sort${i}"`);
        return {
          from: `(select distinct on (${row}."id") ${row}.*, ${sortKeys.join(', ')} from ${joined} where ${where.join(' and ')} order by ${row}."id", ${order}) ${row}`,
          where: [],
          orderBy: sortKeys.map((_, i) => `${row}."__sort${i}"`).join(', '),
        };
      },
    },
  };
}

/** A timestamptz as PostgreSQL prints it ("2026-11-23 12:00:00.1+00"), as a Date. */
export function timestampOf(value: string | Date | null): Date | null {
  if (value === null || value instanceof Date) return value;
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  return new Date(iso);
}
