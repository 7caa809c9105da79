import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, InputType, registerEnumType } from 'type-graphql';
import type { Loaders } from '../../db/row-loaders';
import { SortDirection } from '../../graphql/connection';
import { compileCombinable, withinPath, type Condition, type FilterScope } from '../../graphql/filter';
import { resolveMetricIds } from '../metric/metric.lookup';
import { PartnershipFilter, PlaceMatch } from '../partnership/partnership-filter.input';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { resolvePlaces } from '../place/place.filter';
import { Role } from '../auth/auth.enum';
import { DEFAULT_SMALL_COUNT_THRESHOLD, disclosureByObservationLoader, groupMayWithhold } from '../disclosure/disclosure.loader';
import { IndicatorObservation } from './indicator-observation.entity';
import { MeasurementUnit, ObservationNature, ObservationScope, ValueQualifier } from './observation.enum';

@InputType({ description: 'Which figures. Fields combine with AND; `and`, `or` and `not` combine whole filters.' })
export class ObservationFilter {
  @Field(() => [ObservationFilter], { nullable: true, description: 'All of these.' })
  and?: ObservationFilter[] | null;

  @Field(() => [ObservationFilter], { nullable: true, description: 'Any of these.' })
  or?: ObservationFilter[] | null;

  @Field(() => ObservationFilter, { nullable: true, description: 'Not this.' })
  not?: ObservationFilter | null;

  @Field(() => PartnershipFilter, { nullable: true, description: 'Stated by the partnerships this selects.' })
  partnerships?: PartnershipFilter | null;

  @Field(() => [String], { nullable: true, description: 'Of these metrics, by key ("bury-est/starters").' })
  metrics?: string[] | null;

  @Field(() => [MeasurementUnit], { nullable: true })
  units?: MeasurementUnit[] | null;

  @Field(() => [ObservationScope], { nullable: true })
  scopes?: ObservationScope[] | null;

  @Field(() => [ObservationNature], { nullable: true })
  natures?: ObservationNature[] | null;

  @Field(() => [ValueQualifier], { nullable: true })
  qualifiers?: ValueQualifier[] | null;

  @Field(() => PlaceMatch, { nullable: true, description: 'About these places (context figures: "Welsh average").' })
  areas?: PlaceMatch | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only breakdown items ("Learning Disability 20"); false: only totals.' })
  breakdownItem?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Value at least this (figures withheld from the caller never match a value test).' })
  valueFrom?: number | null;

  @Field(() => Float, { nullable: true, description: 'Value at most this.' })
  valueTo?: number | null;
}

export enum ObservationSortField {
  SOURCE_ORDER = 'SOURCE_ORDER',
  VALUE = 'VALUE',
  PERIOD_END = 'PERIOD_END',
}
registerEnumType(ObservationSortField, {
  name: 'ObservationSortField',
  description: 'What to sort figures by.',
  valuesConfig: {
    SOURCE_ORDER: { description: 'Partnership, then the order its source states them in.' },
    VALUE: { description: 'The value (mind the units); figures whose value is withheld from the caller last.' },
    PERIOD_END: { description: 'End of the period, or the as-of date; figures with neither last.' },
  },
});

@InputType({ description: 'The order of a list of figures.' })
export class ObservationOrder {
  @Field(() => ObservationSortField)
  field!: ObservationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

/**
 * Figures of `o` that disclosure control could withhold from this caller: not the caller's own,
 * and in a group where something could be withheld. Only these need the exact decision. Null:
 * the caller sees every figure.
 */
function riskyFigure(scope: FilterScope, o: string): Condition | null {
  const { em, caller, smallCountThreshold } = scope.loaders.scope;
  const threshold = smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD;
  const risk = groupMayWithhold(em, caller, threshold, `coalesce(${o}."parent_id", ${o}."id")`, (p) => scope.alias(p));
  if (!risk) return null;
  const owned = caller.role === Role.PARTNERSHIP_EDITOR ? [...caller.partnershipIds] : [];
  if (!owned.length) return risk;
  return { sql: `${o}."partnership_id" not in (?) and ${risk.sql}`, bindings: [owned, ...risk.bindings] };
}

/** How many figures may be decided one by one for a filter or an order; beyond, all that could be withheld count as withheld. */
export const MAX_DISCLOSURE_CHECKS = 2000;

/**
 * Figures of `o` whose value the caller is shown: the same decision as the `value` field (small
 * counts and what they could be worked out from are withheld from all but the owners), taken for
 * the few figures it could concern among those `among` selects. Filters and orders on values keep
 * to these, so which rows match, or where a row sorts, never gives a withheld value away. Null:
 * every value is shown.
 */
export async function disclosedFigure(scope: FilterScope, o: string, among?: Condition): Promise<Condition | null> {
  const risky = riskyFigure(scope, o);
  if (!risky) return null;
  const { em } = scope.loaders.scope;
  const visible = scope.andVisible(IndicatorObservation, o);
  const restrict = among ? { sql: ` and (${among.sql})`, bindings: among.bindings } : { sql: '', bindings: [] };
  const candidates = await scope.loaders.run<{ id: number }>(
    em.getKnex().raw(
      `select ${o}."id" from "indicator_observation" ${o} where (${risky.sql})${visible.sql}${restrict.sql} limit ${MAX_DISCLOSURE_CHECKS + 1}`,
      [...risky.bindings, ...visible.bindings, ...restrict.bindings] as never[],
    ),
  );
  if (candidates.length > MAX_DISCLOSURE_CHECKS) return { sql: `not (${risky.sql})`, bindings: risky.bindings };
  if (!candidates.length) return null;
  const ids = candidates.map((c) => c.id);
  const decisions = await scope.loaders.get(disclosureByObservationLoader).loadMany(ids);
  const withheld = ids.filter((_, i) => {
    const d = decisions[i];
    return d instanceof Error || d.reason !== null;
  });
  return withheld.length ? { sql: `${o}."id" not in (?)`, bindings: [withheld] } : null;
}

/** `condition` with its values written in (enum names, numbers): for SQL that takes no bindings, such as a sort key. */
export function inlined(scope: FilterScope, condition: Condition): string {
  return scope.loaders.scope.em.getPlatform().formatQuery(condition.sql, condition.bindings);
}

export function compileObservationFilter(
  filter: ObservationFilter | null | undefined,
  scope: FilterScope,
  a: string,
  em: EntityManager,
  loaders: Loaders,
): Promise<Condition> {
  const partnerships = new PartnershipFilterService(em, loaders);
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    const selected = await partnerships.partnershipIdCondition(f.partnerships, scope, `${a}."partnership_id"`, `${path}.partnerships`);
    if (selected) parts.push(selected);
    if (f.metrics) parts.push({ sql: `${a}."metric_id" in (?)`, bindings: [await resolveMetricIds(scope, f.metrics, `${path}.metrics`)] });
    for (const [field, column] of [
      ['units', 'unit'],
      ['scopes', 'scope'],
      ['natures', 'nature'],
      ['qualifiers', 'qualifier'],
    ] as const) {
      const values = scope.values<string>(`${path}.${field}`, f[field] as string[] | null | undefined);
      if (values) parts.push({ sql: `${a}."${column}" in (?)`, bindings: [values] });
    }
    if (f.areas) {
      const places = await resolvePlaces(scope, f.areas.keys, `${path}.areas.keys`);
      if (f.areas.includeDescendants) {
        const pl = scope.alias('pl');
        const within = withinPath(`${pl}."path"`, places.map((p) => p.path));
        parts.push({ sql: `exists (select 1 from "place" ${pl} where ${pl}."id" = ${a}."area_id" and (${within.sql}))`, bindings: within.bindings });
      } else {
        parts.push({ sql: `${a}."area_id" is not null and ${a}."area_id" in (?)`, bindings: [places.map((p) => p.id)] });
      }
    }
    if (f.breakdownItem != null) parts.push({ sql: `${a}."parent_id" is ${f.breakdownItem ? 'not ' : ''}null`, bindings: [] });
    if (f.valueFrom != null || f.valueTo != null) {
      // A withheld value matches no value test: which rows match must not give it away.
      const disclosed = await disclosedFigure(scope, a);
      if (disclosed) parts.push({ sql: `(${disclosed.sql})`, bindings: disclosed.bindings });
      if (f.valueFrom != null) parts.push({ sql: `${a}."value" >= ?`, bindings: [f.valueFrom] });
      if (f.valueTo != null) parts.push({ sql: `${a}."value" <= ?`, bindings: [f.valueTo] });
    }
    return parts;
  });
}
