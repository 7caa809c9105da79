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
      const rows = await fetchRows<{
        id: number;
        value: number;
        unit: MeasurementUnit;
        scope: ObservationScope;
        parentId: number | null;
        partnershipId: number;
        sharing: SharingLevel;
        countOf: CountOf | null;
      }>(
        em,
        em.getKnex().raw(
          `with roots as (select coalesce(parent_id, id) as id from indicator_observation where id in (${ids.map(() => '?').join(', ')}))
           select o.id, o.value, o.unit, o.scope, o.parent_id as "parentId", o.partnership_id as "partnershipId", o.sharing,
                  m.count_of as "countOf"
             from indicator_observation o join metric m on m.id = o.metric_id
            where o.id in (select id from roots) or o.parent_id in (select id from roots)`,
          [...ids],
        ),
      );
      const control = new DisclosureControl(smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD);
      // Parts this caller may not see count as withheld: their values must not be derivable either.
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
