import DataLoader from 'dataloader';
import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Read-side loading: plain rows, not entities.
 *
 * GraphQL reads are the hot path; hydrating MikroORM entities for them costs several times the
 * query itself. Loaders here select the columns of an entity's table straight into plain objects
 * named like the entity's properties, with each many-to-one as `<relation>Id` (a Project row has
 * `partnershipId`, `sourceId`). Writes and rules keep using entities.
 */
export type Row = { id: number };

/** A loader kind; `Loaders` creates one instance of it per request. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  create(em: EntityManager): DataLoader<K, V>;
}

const selections = new WeakMap<EntityMetadata, string[]>();

/** `"column" as "property"` for every stored scalar and many-to-one of the entity (lazy ones left out). */
export function rowColumns(em: EntityManager, entity: EntityClass<object>, alias = 't'): string[] {
  const meta = em.getMetadata().get(entity.name);
  let columns = selections.get(meta);
  if (!columns) {
    columns = [];
    for (const prop of meta.props) {
      if (prop.persist === false || prop.lazy || prop.fieldNames?.length !== 1) continue;
      if (prop.kind === ReferenceKind.SCALAR) columns.push(`"${prop.fieldNames[0]}" as "${prop.name}"`);
      else if (prop.kind === ReferenceKind.MANY_TO_ONE) columns.push(`"${prop.fieldNames[0]}" as "${prop.name}Id"`);
    }
    selections.set(meta, columns);
  }
  return columns.map((c) => `"${alias}".${c}`);
}

export function tableOf(em: EntityManager, entity: EntityClass<object>): string {
  return em.getMetadata().get(entity.name).tableName;
}

/** Selects an entity's rows as plain objects: `select <columns> from <table> as t`. */
export function selectRows(em: EntityManager, entity: EntityClass<object>): Knex.QueryBuilder {
  const knex = em.getKnex();
  return knex
    .select(rowColumns(em, entity).map((c) => knex.raw(c)))
    .from({ t: tableOf(em, entity) });
}

export async function fetchRows<R>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<R[]> {
  return em.execute<R[]>(query as Knex.QueryBuilder);
}

/** Rows by primary key, one query per batch. */
export function rowByIdLoader<R extends Row>(entity: EntityClass<object>): LoaderDefinition<number, R | null> {
  return {
    name: `${entity.name}ById`,
    create: (em) =>
      new DataLoader<number, R | null>(async (ids) => {
        const rows = await fetchRows<R>(em, selectRows(em, entity).whereIn('t.id', ids as number[]));
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  };
}

/** Rows by a unique text column (slug, key), one query per batch. */
export function rowByUniqueLoader<R extends Row>(
  entity: EntityClass<object>,
  property: string,
): LoaderDefinition<string, R | null> {
  return {
    name: `${entity.name}By${property}`,
    create: (em) =>
      new DataLoader<string, R | null>(async (keys) => {
        const column = em.getMetadata().get(entity.name).properties[property].fieldNames[0];
        const rows = await fetchRows<R & Record<string, string>>(em, selectRows(em, entity).whereIn(`t.${column}`, keys as string[]));
        const byKey = new Map(rows.map((r) => [r[property], r]));
        return keys.map((k) => byKey.get(k) ?? null);
      }),
  };
}

/**
 * The rows pointing at each parent through one many-to-one, ordered (by `ordinal`, then id, unless
 * told otherwise): all parents' children in one query, split in memory.
 */
export function childRowsLoader<R extends Row>(
  entity: EntityClass<object>,
  relation: string,
  options: { orderBy?: string[]; where?: (q: Knex.QueryBuilder) => Knex.QueryBuilder; name?: string } = {},
): LoaderDefinition<number, R[]> {
  const orderBy = options.orderBy ?? ['ordinal', 'id'];
  return {
    name: options.name ?? `${entity.name}By${relation}`,
    create: (em) =>
      new DataLoader<number, R[]>(async (parentIds) => {
        const meta = em.getMetadata().get(entity.name);
        const fk = meta.properties[relation].fieldNames[0];
        let query = selectRows(em, entity).whereIn(`t.${fk}`, parentIds as number[]);
        if (options.where) query = options.where(query);
        for (const prop of orderBy) query = query.orderBy(`t.${meta.properties[prop].fieldNames[0]}`);
        const rows = await fetchRows<R & Record<string, number>>(em, query);
        const groups = new Map<number, R[]>();
        for (const row of rows) {
          const parent = row[`${relation}Id`];
          let group = groups.get(parent);
          if (!group) groups.set(parent, (group = []));
          group.push(row);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      }),
  };
}

/** Per-request loader instances, created on first use, so each batch and cache lives one request. */
export class Loaders {
  private readonly instances = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly em: EntityManager) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.instances.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = definition.create(this.em) as DataLoader<unknown, unknown>;
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
    create: (em) =>
      new DataLoader<number, R[]>(async (ownerIds) => {
        const link = em.getMetadata().get(through.name);
        const ownerFk = link.properties[ownerRelation].fieldNames[0];
        const targetFk = link.properties[targetRelation].fieldNames[0];
        const order = options.orderBy ?? (link.properties.ordinal ? `"l"."ordinal", "l"."id"` : `"t"."id"`);
        const knex = em.getKnex();
        const query = knex
          .select([...rowColumns(em, entity).map((c) => knex.raw(c)), knex.raw(`"l"."${ownerFk}" as "__owner"`)])
          .from({ t: tableOf(em, entity) })
          .join({ l: link.tableName }, `l.${targetFk}`, 't.id')
          .whereIn(`l.${ownerFk}`, ownerIds as number[])
          .orderByRaw(order);
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
  };
}
