import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { fetchRows, type LoaderDefinition } from '../../db/row-loaders';
import type { Condition } from '../../graphql/filter';
import type { Caller } from '../auth/caller';
import { visibilityCondition } from '../auth/visibility';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import { CountOf, MeasurementUnit, ObservationScope } from '../observation/observation.enum';
import type { SharingLevel } from '../auth/auth.enum';
import { SuppressionReason } from './disclosure.enum';
import { DisclosureControl } from './disclosure.service';

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

export interface Disclosure {
  /** Why this figure is withheld from the caller; null when it is not. */
  reason: SuppressionReason | null;
}

const OPEN: Disclosure = { reason: null };

/**
 * Whether each figure is withheld from this request's caller, and why. Decided per group (a total
 * and all its parts), so one query loads every group the batch touches. The owning partnership's
 * editors (and administrators) see every figure: for them the answer is always "not withheld".
 */
export const disclosureByObservationLoader: LoaderDefinition<number, Disclosure> = {
  name: 'SuppressionByObservation',
  create: ({ em, caller, smallCountThreshold }) =>
    new DataLoader(async (ids) => {
      const rows = await fetchRows<DisclosureRow>(em, em.getKnex().raw(familyQuery(ids.map(() => '?').join(', ')), [...ids]));
      const control = new DisclosureControl(smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD);
      const unseen = rows.filter((r) => !caller.canSee(r.sharing, r.partnershipId)).map((r) => r.id);
      const decisions = control.decide(rows, unseen);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row || caller.owns(row.partnershipId)) return OPEN;
        // Primary or secondary, clients get one reason: which is which would tell which figure is small.
        return { reason: decisions.has(id) ? SuppressionReason.SMALL_COUNTS : null };
      });
    }),
};

/** What disclosure control reads of a figure, and whose it is. */
export interface DisclosureRow {
  id: number;
  value: number;
  unit: MeasurementUnit;
  scope: ObservationScope;
  parentId: number | null;
  sumsTo: number | null;
  partnershipId: number;
  sharing: SharingLevel;
  countOf: CountOf | null;
}

/**
 * The figures whose decisions depend on the seeds' (SQL selecting ids): the seeds' groups (a total
 * with its breakdown), then, to the end of every chain, the groups holding a figure that one of
 * theirs adds up to, and the groups holding a figure that adds up to one of theirs. Everything
 * disclosure control needs to decide the seeds as the whole data set would. Defines `seeds` and
 * `family`; the statement must begin `with recursive`.
 */
export function disclosureFamilySql(seeds: string): string {
  // Each step looks up each direction by its own index (an OR join there is a nested loop over the whole table).
  return `seeds as (${seeds}),
    family_totals(id) as (
      select coalesce(o.parent_id, o.id) from indicator_observation o where o.id in (select id from seeds)
      union
      select coalesce(x.parent_id, x.id)
        from family_totals t,
        lateral (select m.id, m.sums_to_id from indicator_observation m where m.id = t.id
                 union all select m.id, m.sums_to_id from indicator_observation m where m.parent_id = t.id) m,
        lateral (select x.id, x.parent_id from indicator_observation x where x.id = m.sums_to_id
                 union all select x.id, x.parent_id from indicator_observation x where x.sums_to_id = m.id) x),
    family as (select id from family_totals union select o.id from indicator_observation o where o.parent_id in (select id from family_totals))`;
}

/**
 * Whether the group whose total is `total` (SQL) holds a figure disclosure control could withhold
 * from the caller: a small count of people, a figure the caller may not see, or a figure in a sum
 * (a sum is decided with all its parts). Only such groups need the exact decision, so most
 * figures are never read for it. Null: the caller sees every figure.
 */
export function groupMayWithhold(
  em: EntityManager,
  caller: Caller,
  threshold: number,
  total: string,
  alias: (prefix: string) => string,
): Condition | null {
  if (caller.isAdmin) return null;
  const [g, s, p] = [alias('g'), alias('s'), alias('p')];
  const hidden = visibilityCondition(em, IndicatorObservation, caller, g.replace(/"/g, ''))?.toSQL();
  return {
    sql:
      `(exists (select 1 from indicator_observation ${g} where (${g}.id = ${total} or ${g}.parent_id = ${total}) and (` +
      `(${g}.unit = ? and ${g}.scope <> ? and ${g}.value > 0 and ${g}.value < ?` +
      ` and coalesce((select m.count_of from metric m where m.id = ${g}.metric_id), ?) not in (?, ?))` +
      `${hidden ? ` or not (${hidden.sql})` : ''} or ${g}.sums_to_id is not null))` +
      // Something adding up to the total or to one of its parts (two lookups: an OR here scans the table per group).
      ` or exists (select 1 from indicator_observation ${s} where ${s}.sums_to_id = ${total})` +
      ` or exists (select 1 from indicator_observation ${p} join indicator_observation ${s} on ${s}.sums_to_id = ${p}.id where ${p}.parent_id = ${total}))`,
    bindings: [
      MeasurementUnit.COUNT,
      ObservationScope.CONTEXT,
      threshold,
      CountOf.PEOPLE,
      CountOf.ORGANISATIONS,
      CountOf.OTHER,
      ...(hidden?.bindings ?? []),
    ],
  };
}

/** Columns of DisclosureRow, for a query over `indicator_observation o join metric m`. */
export const DISCLOSURE_COLUMNS = `o.id, o.value, o.unit, o.scope, o.parent_id as "parentId", o.sums_to_id as "sumsTo",
  o.partnership_id as "partnershipId", o.sharing, m.count_of as "countOf"`;

const familyQuery = (idList: string) =>
  `with recursive ${disclosureFamilySql(`select id from indicator_observation where id in (${idList})`)}
   select ${DISCLOSURE_COLUMNS} from indicator_observation o join metric m on m.id = o.metric_id where o.id in (select id from family)`;
