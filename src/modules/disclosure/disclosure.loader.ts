import DataLoader from 'dataloader';
import { fetchRows, type LoaderDefinition } from '../../db/row-loaders';
import { MeasurementUnit, ObservationScope } from '../observation/observation.enum';
import type { SharingLevel } from '../auth/auth.enum';
import type { SuppressionReason } from './disclosure.enum';
import { DisclosureControl } from './disclosure.service';

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

export interface Disclosure {
  /** Why this figure is withheld from the caller; null when it is not. */
  reason: SuppressionReason | null;
  /** Quotes of withheld figures of the same group, to mask where this figure's quote repeats them. */
  withheldQuotes: string[];
}

const OPEN: Disclosure = { reason: null, withheldQuotes: [] };

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
        quote: string;
      }>(
        em,
        em.getKnex().raw(
          `with roots as (select coalesce(parent_id, id) as id from indicator_observation where id in (${ids.map(() => '?').join(', ')}))
           select o.id, o.value, o.unit, o.scope, o.parent_id as "parentId", o.partnership_id as "partnershipId", o.sharing, sp.quote
             from indicator_observation o join source_passage sp on sp.id = o.source_id
            where o.id in (select id from roots) or o.parent_id in (select id from roots)`,
          [...ids],
        ),
      );
      const control = new DisclosureControl(smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD);
      // Parts this caller may not see count as withheld: their values must not be derivable either.
      const unseen = rows.filter((r) => !caller.canSee(r.sharing, r.partnershipId)).map((r) => r.id);
      const decisions = control.decide(rows, unseen);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const rootOf = (id: number) => byId.get(id)?.parentId ?? id;
      // Per group, the withheld figures (by id, with their quotes): computed once, not per figure.
      const withheldByRoot = new Map<number, Array<{ id: number; quote: string }>>();
      const hidden = new Set(unseen);
      for (const r of rows) {
        if (!decisions.has(r.id) && !hidden.has(r.id)) continue;
        const group = withheldByRoot.get(rootOf(r.id)) ?? [];
        group.push({ id: r.id, quote: r.quote });
        withheldByRoot.set(rootOf(r.id), group);
      }
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row || caller.owns(row.partnershipId)) return OPEN;
        const withheldQuotes = (withheldByRoot.get(rootOf(id)) ?? []).filter((w) => w.id !== id).map((w) => w.quote);
        return { reason: decisions.get(id) ?? null, withheldQuotes };
      });
    }),
};
