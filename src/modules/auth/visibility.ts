import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { Role } from './auth.enum';
import type { Caller } from './caller';

/**
 * Row-level visibility, decided here for every read: a row of an entity with a `sharing` column
 * is returned only if the caller sees that sharing level or owns the row's partnership. Loaders,
 * lists, counts and node(id) all select through this, so a hidden record is absent everywhere
 * (totalCount included) and a caller cannot tell it from one that does not exist.
 */
/**
 * The relation naming the partnership that owns a row. `declaredBy` comes first: a transnational
 * member's `partnership` is the member, not the partnership whose file states it.
 */
export function ownerPropertyOf(meta: EntityMetadata): string | undefined {
  if (meta.className === 'Partnership') return 'id';
  return ['declaredBy', 'partnership', 'owner'].find((relation) => meta.properties[relation]?.fieldNames?.length === 1);
}

export function ownerColumnOf(meta: EntityMetadata): string | undefined {
  const property = ownerPropertyOf(meta);
  return property ? meta.properties[property].fieldNames[0] : undefined;
}

/** The SQL condition limiting `alias`'s rows to what the caller may see; undefined when all are visible. */
export function visibilityCondition(
  em: EntityManager,
  entity: EntityClass<object> | string,
  caller: Caller,
  alias = 't',
  sharingProperty = 'sharing',
): Knex.Raw | undefined {
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : entity.name);
  const sharing = meta.properties[sharingProperty];
  if (!sharing || caller.isAdmin) return undefined;
  const knex = em.getKnex();
  const levels = caller.visibleLevels;
  const owner = ownerColumnOf(meta);
  const owned = [...caller.partnershipIds];
  const sharingColumn = `"${alias}"."${sharing.fieldNames[0]}"`;
  const list = (values: unknown[]) => values.map(() => '?').join(', ');
  if (owner && caller.role === Role.PARTNERSHIP_EDITOR && owned.length) {
    return knex.raw(`(${sharingColumn} in (${list(levels)}) or "${alias}"."${owner}" in (${list(owned)}))`, [...levels, ...owned]);
  }
  return knex.raw(`${sharingColumn} in (${list(levels)})`, levels);
}
