import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Loaders } from '../../db/row-loaders';
import { paginate, SortDirection, type ConnectionArgs, type Page, type SortKey } from '../../graphql/connection';
import { and, compileCombinable, FilterScope, or, withinPath, type Condition } from '../../graphql/filter';
import { resolveMetricIds } from '../metric/metric.lookup';
import { ObservationNature, ObservationScope } from '../observation/observation.enum';
import { organisationByKeyLoader } from '../organisation/organisation.loader';
import { placeByKeyLoader } from '../place/place.loader';
import { PlaceKind } from '../place/place.enum';
import type { PlaceType } from '../place/place.type';
import { searchTexts } from '../search/search-masks';
import { toTsQuery } from '../search/search-query';
import { conceptIdCondition } from '../taxonomy/concept.filter';
import { ConceptScheme } from '../taxonomy/concept.enum';
import {
  PartnershipFilter,
  PartnershipSortField,
  PopulationList,
  type PartnershipOrder,
  type PlaceMatch,
} from './partnership-filter.input';
import { Innovation } from '../innovation/innovation.entity';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import { Membership } from '../organisation/membership.entity';
import { ProjectPartner } from '../project/project-partner.entity';
import { visibleEntries } from '../search/search-visibility';
import { BeneficiaryCategory, TargetGroup } from '../target-group/target-group.entity';
import { Partnership } from './partnership.entity';
import { partnershipBySlugLoader } from './partnership.loader';
import type { PartnershipType } from './partnership.type';

const MAX_ORDER_KEYS = 3;

/** The last end date a partnership states: what `activeOn` and END_DATE use (an index covers it). */
const endDate = (a: string) => `coalesce(${a}."action3_end_date", ${a}."action2_end_date")`;

/**
 * Partnership filters and orders, compiled to SQL: every condition is an indexed column test or an
 * EXISTS subquery on an indexed link table, so they combine freely (and/or/not) and stay one
 * statement. Codes and keys in a filter are checked first (batched lookups through the request's
 * loaders); an unknown one is BAD_USER_INPUT naming where it stands in the filter.
 */
export class PartnershipFilterService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  /** The filter as a condition on the partnership table aliased `alias`; `path` names it in errors. */
  compile(filter: PartnershipFilter | null | undefined, scope: FilterScope, alias: string, path = scope.argument): Promise<Condition> {
    return compileCombinable(filter, scope, (f, at) => this.leaves(f, at, scope, alias), path);
  }

  /** `<column> in (ids of the partnerships the filter selects)`, or nothing to add when there is no filter. */
  async partnershipIdCondition(
    filter: PartnershipFilter | null | undefined,
    scope: FilterScope,
    column: string,
    path = scope.argument,
  ): Promise<Condition | null> {
    if (!filter) return null;
    const p = scope.alias('p');
    const where = await this.compile(filter, scope, p, path);
    const visible = scope.andVisible(Partnership, p);
    return {
      sql: `${column} in (select ${p}."id" from "partnership" ${p} where (${where.sql})${visible.sql})`,
      bindings: [...where.bindings, ...visible.bindings],
    };
  }

  private async places(scope: FilterScope, keys: readonly string[] | undefined, path: string, kinds?: PlaceKind[]): Promise<PlaceType[]> {
    const values = scope.values(path, keys) ?? [];
    const found = await Promise.all(values.map((key) => this.loaders.get(placeByKeyLoader).load(key)));
    return found.map((place, i) => {
      if (!place) return scope.error(`${path}[${i}]`, `unknown place "${values[i]}"`);
      if (kinds && !kinds.includes(place.kind)) {
        return scope.error(`${path}[${i}]`, `"${values[i]}" is a ${place.kind}, not a country or nation (use \`places\`)`);
      }
      return place;
    });
  }

  private async placeCondition(scope: FilterScope, alias: string, places: PlaceType[], includeDescendants: boolean): Promise<Condition> {
    const pp = scope.alias('pp');
    if (!includeDescendants) {
      return {
        sql: `exists (select 1 from "partnership_place" ${pp} where ${pp}."partnership_id" = ${alias}."id" and ${pp}."place_id" in (?))`,
        bindings: [places.map((p) => p.id)],
      };
    }
    const pl = scope.alias('pl');
    const within = withinPath(`${pl}."path"`, places.map((p) => p.path));
    return {
      sql:
        `exists (select 1 from "partnership_place" ${pp} join "place" ${pl} on ${pl}."id" = ${pp}."place_id" ` +
        `where ${pp}."partnership_id" = ${alias}."id" and (${within.sql}))`,
      bindings: within.bindings,
    };
  }

  private async leaves(f: PartnershipFilter, path: string, scope: FilterScope, a: string): Promise<Condition[]> {
    const parts: Array<Promise<Condition>> = [];
    const add = (c: Condition) => parts.push(Promise.resolve(c));

    const slugs = scope.values(`${path}.slugs`, f.slugs);
    if (slugs) {
      parts.push(
        Promise.all(slugs.map((s) => this.loaders.get(partnershipBySlugLoader).load(s))).then((found) => {
          found.forEach((p, i) => p || scope.error(`${path}.slugs[${i}]`, `unknown partnership "${slugs[i]}"`));
          return { sql: `${a}."id" in (?)`, bindings: [found.map((p) => p!.id)] };
        }),
      );
    }
    if (f.places) {
      const match: PlaceMatch = f.places;
      parts.push(this.places(scope, match.keys, `${path}.places.keys`).then((places) => this.placeCondition(scope, a, places, match.includeDescendants)));
    }
    if (f.countries) {
      parts.push(
        this.places(scope, f.countries, `${path}.countries`, [PlaceKind.COUNTRY, PlaceKind.NATION]).then((places) =>
          this.placeCondition(scope, a, places, true),
        ),
      );
    }
    const programmes = scope.values(`${path}.programmes`, f.programmes);
    if (programmes) add({ sql: `${a}."programme" in (?)`, bindings: [programmes] });
    const rounds = scope.values(`${path}.rounds`, f.rounds);
    if (rounds) add({ sql: `${a}."round" is not null and ${a}."round" in (?)`, bindings: [rounds] });
    const statuses = scope.values(`${path}.statuses`, f.statuses);
    if (statuses) add({ sql: `${a}."status" in (?)`, bindings: [statuses] });
    if (f.theme) {
      parts.push(
        conceptIdCondition(scope, `${a}."theme_concept_id"`, f.theme, `${path}.theme`, ConceptScheme.THEME).then((c) => ({
          sql: `${a}."theme_concept_id" is not null and ${c.sql}`,
          bindings: c.bindings,
        })),
      );
    }
    if (f.population) {
      const match = f.population;
      const lists = scope.values(`${path}.population.in`, match.in) ?? [];
      parts.push(
        Promise.all(
          lists.map(async (list) => {
            const [link, group, groupColumn] =
              list === PopulationList.TARGET_GROUPS
                ? ['target_group_concept', TargetGroup, 'target_group_id']
                : ['beneficiary_category_concept', BeneficiaryCategory, 'beneficiary_category_id'];
            const m = scope.alias('m');
            const concept = await conceptIdCondition(scope, `${m}."concept_id"`, match, `${path}.population`, ConceptScheme.POPULATION);
            // Only groups the caller may see count: a hidden one is joined in to be checked.
            const g = scope.alias('g');
            const visible = scope.visible(group, g);
            const join = visible ? ` join "${scope.loaders.scope.em.getMetadata().get(group.name).tableName}" ${g} on ${g}."id" = ${m}."${groupColumn}" and ${visible.sql}` : '';
            return {
              sql: `exists (select 1 from "${link}" ${m}${join} where ${m}."partnership_id" = ${a}."id" and ${concept.sql})`,
              bindings: [...(visible?.bindings ?? []), ...concept.bindings],
            };
          }),
        ).then(or),
      );
    }
    if (f.innovation) {
      const dimensions = scope.values(`${path}.innovation.dimensions`, f.innovation.dimensions);
      const levels = scope.values(`${path}.innovation.levels`, f.innovation.levels);
      if (!dimensions && !levels) scope.error(`${path}.innovation`, 'give dimensions, levels or both');
      const i = scope.alias('i');
      const tests = [
        ...(dimensions ? [{ sql: `${i}."dimension" in (?)`, bindings: [dimensions] }] : []),
        ...(levels ? [{ sql: `${i}."level" in (?)`, bindings: [levels] }] : []),
      ];
      const test = and([...tests, ...[scope.visible(Innovation, i)].filter((c): c is Condition => !!c)]);
      add({ sql: `exists (select 1 from "innovation" ${i} where ${i}."partnership_id" = ${a}."id" and ${test.sql})`, bindings: test.bindings });
    }
    if (f.organisation) {
      const match = f.organisation;
      const keys = scope.values(`${path}.organisation.keys`, match.keys) ?? [];
      const roles = scope.values(`${path}.organisation.roles`, match.roles);
      parts.push(
        Promise.all(keys.map((k) => this.loaders.get(organisationByKeyLoader).load(k))).then((found) => {
          found.forEach((o, i) => o || scope.error(`${path}.organisation.keys[${i}]`, `unknown organisation "${keys[i]}"`));
          const ids = found.map((o) => o!.id);
          const [m, pr] = [scope.alias('ms'), scope.alias('pr')];
          const roleIn = (alias: string) => (roles ? { sql: ` and ${alias}."role" in (?)`, bindings: [roles] } : { sql: '', bindings: [] });
          const [memberRole, projectRole] = [roleIn(m), roleIn(pr)];
          const [memberVisible, projectVisible] = [scope.andVisible(Membership, m), scope.andVisible(ProjectPartner, pr)];
          // A role in the partnership itself, or in one of its projects (British Waterways buys from Land Apprentice).
          return {
            sql:
              `exists (select 1 from "membership" ${m} where ${m}."partnership_id" = ${a}."id" and ${m}."organisation_id" in (?)${memberRole.sql}${memberVisible.sql})` +
              ` or exists (select 1 from "project_partner" ${pr} where ${pr}."partnership_id" = ${a}."id" and ${pr}."organisation_id" in (?)${projectRole.sql}${projectVisible.sql})`,
            bindings: [ids, ...memberRole.bindings, ...memberVisible.bindings, ids, ...projectRole.bindings, ...projectVisible.bindings],
          };
        }),
      );
    }
    if (f.activeOn != null) {
      add({ sql: `${endDate(a)} is not null and ${endDate(a)} >= ?::date`, bindings: [f.activeOn] });
    }
    if (f.text != null) {
      const query = toTsQuery(f.text, `${path}.text`);
      const s = scope.alias('s');
      const visible = visibleEntries(scope, s);
      // A number is looked for in the texts as the caller reads them (withheld figures masked).
      const { matches } = searchTexts(this.loaders.scope.policy, s, query);
      add({
        sql: `exists (select 1 from "search_entry" ${s} where ${s}."partnership_id" = ${a}."id" and ${matches.sql}${visible ? ` and (${visible.sql})` : ''})`,
        bindings: [...matches.bindings, ...(visible?.bindings ?? [])],
      });
    }
    return Promise.all(parts);
  }

  /** The sort keys of `orderBy` (then id, so every order is total), with the joins they need. */
  private async ordering(orderBy: PartnershipOrder[] | null | undefined, scope: FilterScope) {
    const orders = orderBy?.length ? orderBy : [{ field: PartnershipSortField.NAME, direction: SortDirection.ASC }];
    if (orders.length > MAX_ORDER_KEYS) scope.error('orderBy', `at most ${MAX_ORDER_KEYS} keys`);
    const keys: Array<SortKey<PartnershipType & Record<string, unknown>>> = [];
    const joins: Condition[] = [];
    const selects: string[] = [];
    const seen = new Set<string>();
    for (const [i, order] of orders.entries()) {
      const direction = order.direction === SortDirection.DESC ? 'desc' : 'asc';
      const where = `orderBy[${i}]`;
      if (order.field !== PartnershipSortField.INDICATOR_VALUE && order.metrics != null) {
        scope.error(`${where}.metrics`, 'metrics go with field INDICATOR_VALUE only');
      }
      const id = order.field === PartnershipSortField.INDICATOR_VALUE ? `${order.field}:${order.metrics?.join(',')}` : order.field;
      if (seen.has(id)) scope.error(where, `${order.field} is already in the order`);
      seen.add(id);
      switch (order.field) {
        case PartnershipSortField.NAME:
          keys.push({ expression: '"t"."name"', direction, type: 'string', value: (p) => p.name });
          break;
        case PartnershipSortField.ACTION_2_END_DATE:
          keys.push({ expression: '"t"."action2_end_date"', direction, type: 'date', nullable: true, value: (p) => p.action2EndDate });
          break;
        case PartnershipSortField.ACTION_3_END_DATE:
          keys.push({ expression: '"t"."action3_end_date"', direction, type: 'date', nullable: true, value: (p) => p.action3EndDate });
          break;
        case PartnershipSortField.END_DATE:
          keys.push({ expression: endDate('"t"'), direction, type: 'date', nullable: true, value: (p) => p.action3EndDate ?? p.action2EndDate });
          break;
        case PartnershipSortField.INDICATOR_VALUE: {
          if (!order.metrics) scope.error(`${where}.metrics`, 'INDICATOR_VALUE needs the keys of the metrics to sort by');
          const metricIds = await resolveMetricIds(scope, order.metrics, `${where}.metrics`);
          const v = scope.alias('sv');
          const o = scope.alias('o');
          const column = `__sort${i}`;
          // Only figures the caller may see, and not ones disclosure control may withhold: an order
          // must not reveal what a value hides.
          const visible = scope.andVisible(IndicatorObservation, o);
          const withheld = this.loaders.scope.policy.withheld(o);
          // The first listed metric the partnership reports, then its latest total reported figure.
          joins.push({
            sql:
              `left join lateral (select ${o}."value" from "indicator_observation" ${o} where ${o}."partnership_id" = "t"."id" and ${o}."metric_id" in (?) ` +
              `and ${o}."parent_id" is null and ${o}."scope" <> ? and ${o}."nature" = ?${visible.sql}${withheld === 'false' ? '' : ` and not ${withheld}`} ` +
              `order by array_position(array[?]::int[], ${o}."metric_id"), coalesce(${o}."period_end", ${o}."as_of") desc nulls last, ${o}."ordinal" desc limit 1) ${v} on true`,
            bindings: [
              metricIds,
              ObservationScope.CONTEXT,
              ObservationNature.REPORTED,
              ...visible.bindings,
              metricIds,
            ],
          });
          selects.push(`${v}."value" as "${column}"`);
          keys.push({ expression: `${v}."value"`, direction, type: 'number', nullable: true, value: (p) => (p[column] as number | null) ?? null });
          break;
        }
      }
    }
    keys.push({ expression: '"t"."id"', direction: 'asc', type: 'number', value: (p) => p.id });
    return { keys, joins, selects };
  }

  /** A page of the partnerships the filter selects, in the order asked for. */
  /** `prefetch`: what the selection reads below each node, selected with the page (connectionPrefetch). */
  async list(
    filter: PartnershipFilter | null | undefined,
    orderBy: PartnershipOrder[] | null | undefined,
    args: ConnectionArgs,
    prefetch?: string | null,
    countWithPage = false,
  ): Promise<Page<PartnershipType>> {
    const { em } = this;
    const scope = new FilterScope(this.loaders);
    const [where, order] = await Promise.all([this.compile(filter, scope, '"t"'), this.ordering(orderBy, new FilterScope(this.loaders, 'orderBy'))]);
    return paginate<PartnershipType & Record<string, unknown>>({
      knex: em.getKnex(),
      ids: this.loaders.scope.ids,
      query: () => this.listQuery(where, order.joins, order.selects),
      keys: order.keys,
      args,
      run: (q) => this.loaders.runPrepared(q),
      prefetch,
      countWithPage,
    });
  }

  private listQuery(where: Condition, joins: Condition[], selects: string[]): Knex.QueryBuilder {
    const knex = this.em.getKnex();
    let query = this.loaders.select(Partnership);
    for (const join of joins) query = query.joinRaw(join.sql, join.bindings as never);
    if (selects.length) query = query.select(selects.map((s) => knex.raw(s)));
    return query.whereRaw(`(${where.sql})`, where.bindings as Knex.RawBinding[]);
  }
}
