import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, InputType, registerEnumType } from 'type-graphql';
import type { Loaders } from '../../db/row-loaders';
import { SortDirection } from '../../graphql/connection';
import { compileCombinable, withinPath, type Condition, type FilterScope } from '../../graphql/filter';
import { resolveMetricIds } from '../metric/metric.lookup';
import { PartnershipFilter, PlaceMatch } from '../partnership/partnership-filter.input';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { resolvePlaces } from '../place/place.filter';
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
      const withheld = scope.loaders.scope.policy.withheld(a);
      if (withheld !== 'false') parts.push({ sql: `not ${withheld}`, bindings: [] });
      if (f.valueFrom != null) parts.push({ sql: `${a}."value" >= ?`, bindings: [f.valueFrom] });
      if (f.valueTo != null) parts.push({ sql: `${a}."value" <= ?`, bindings: [f.valueTo] });
    }
    return parts;
  });
}
