import DataLoader from 'dataloader';
import { fetchRows, type LoaderDefinition } from '../../db/row-loaders';
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
 * The figures whose decisions depend on the seeds' (SQL selecting ids): the seeds' totals with
 * their breakdowns, the sums those totals take part in and every figure adding up to them, and
 * those figures' breakdowns. Everything disclosure control needs to decide the seeds as the
 * whole data set would.
 */
export function disclosureFamilySql(seeds: string): string {
  return `seeds as (${seeds}),
    r1 as (select coalesce(o.parent_id, o.id) as id from indicator_observation o where o.id in (select id from seeds)),
    r2 as (select id from r1 union select o.sums_to_id from indicator_observation o where o.id in (select id from r1) and o.sums_to_id is not null),
    r3 as (select id from r2 union select o.id from indicator_observation o where o.sums_to_id in (select id from r2)),
    family as (select id from r3 union select o.id from indicator_observation o where o.parent_id in (select id from r3))`;
}

/** Columns of DisclosureRow, for a query over `indicator_observation o join metric m`. */
export const DISCLOSURE_COLUMNS = `o.id, o.value, o.unit, o.scope, o.parent_id as "parentId", o.sums_to_id as "sumsTo",
  o.partnership_id as "partnershipId", o.sharing, m.count_of as "countOf"`;

const familyQuery = (idList: string) =>
  `with ${disclosureFamilySql(`select id from indicator_observation where id in (${idList})`)}
   select ${DISCLOSURE_COLUMNS} from indicator_observation o join metric m on m.id = o.metric_id where o.id in (select id from family)`;
