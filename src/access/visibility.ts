import type { EntityClass, EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { Role } from './roles';
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
/** What visibility SQL is built from: the ORM's metadata and query builder (an EntityManager has both). */
export interface SqlSchema {
  metadata: MetadataStorage;
  knex: Knex;
}

export function visibilityCondition(
  schema: SqlSchema,
  entity: EntityClass<object> | string,
  caller: Caller,
  alias = 't',
  sharingProperty = 'sharing',
): Knex.Raw | undefined {
  const meta = schema.metadata.get(typeof entity === 'string' ? entity : entity.name);
  if (caller.isAdmin) return undefined;
  const { knex } = schema;
  const catalogue = CATALOGUE[meta.className];
  if (catalogue && sharingProperty === 'sharing') {
    return catalogue(alias, (other, otherAlias) => visibilityCondition(schema, other, caller, otherAlias) ?? knex.raw('true'), knex);
  }
  const sharing = meta.properties[sharingProperty];
  if (!sharing) return undefined;
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

type Visible = (entity: string, alias: string) => Knex.Raw;

/**
 * Catalogue entries have no sharing level of their own: each is seen where a record the caller
 * sees stands behind it. So a hidden partnership leaves no trace in the catalogues: not its
 * metrics (their keys name it), its documents, the organisations only it names, the
 * transnational partnerships only it declares, the indicator mappings of its metrics.
 */
const CATALOGUE: Record<string, (alias: string, visible: Visible, knex: Knex) => Knex.Raw> = {
  Metric: (t, visible, knex) =>
    knex.raw(`("${t}"."defined_by_id" is null or exists (select 1 from "partnership" "cm" where "cm"."id" = "${t}"."defined_by_id" and ?))`, [
      visible('Partnership', 'cm'),
    ]),
  SourceDocument: (t, visible, knex) =>
    knex.raw(`("${t}"."owner_id" is null or exists (select 1 from "partnership" "cd" where "cd"."id" = "${t}"."owner_id" and ?))`, [
      visible('Partnership', 'cd'),
    ]),
  IndicatorMapping: (t, visible, knex) =>
    knex.raw(`exists (select 1 from "metric" "ci" where "ci"."key" = "${t}"."metric_key" and ?)`, [visible('Metric', 'ci')]),
  Organisation: (t, visible, knex) =>
    knex.raw(
      `(exists (select 1 from "membership" "co1" where "co1"."organisation_id" = "${t}"."id" and ?)
        or exists (select 1 from "project_partner" "co2" where "co2"."organisation_id" = "${t}"."id" and ?)
        or exists (select 1 from "contact_person" "co3" where "co3"."organisation_id" = "${t}"."id" and ?)
        or exists (select 1 from "report" "co4" where "co4"."recipient_id" = "${t}"."id" and ?)
        or exists (select 1 from "transnational_member" "co5" where "co5"."organisation_id" = "${t}"."id" and ?))`,
      [
        visible('Membership', 'co1'),
        visible('ProjectPartner', 'co2'),
        visible('ContactPerson', 'co3'),
        visible('Report', 'co4'),
        visible('TransnationalMember', 'co5'),
      ],
    ),
  TransnationalPartnership: (t, visible, knex) =>
    knex.raw(
      `(exists (select 1 from "transnational_member" "ct1" where "ct1"."transnational_partnership_id" = "${t}"."id" and ?)
        or exists (select 1 from "transnational_event" "ct2" where "ct2"."transnational_partnership_id" = "${t}"."id" and ?))`,
      [visible('TransnationalMember', 'ct1'), visible('TransnationalEvent', 'ct2')],
    ),
};
