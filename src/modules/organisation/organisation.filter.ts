import { Field, InputType } from 'type-graphql';
import type { Loaders } from '../../db/row-loaders';
import { compileCombinable, likeLiteral, withinPath, type Condition, type FilterScope } from '../../graphql/filter';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PartnershipFilter, PlaceMatch } from '../partnership/partnership-filter.input';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { placeByKeyLoader } from '../place/place.loader';
import { ProjectPartner } from '../project/project-partner.entity';
import { Membership } from './membership.entity';
import { OrganisationRole, OrganisationSector } from './organisation.enum';
import { organisationByKeyLoader } from './organisation.loader';

@InputType({ description: 'Which organisations. Fields combine with AND; `and`, `or` and `not` combine whole filters.' })
export class OrganisationFilter {
  @Field(() => [OrganisationFilter], { nullable: true, description: 'All of these.' })
  and?: OrganisationFilter[] | null;

  @Field(() => [OrganisationFilter], { nullable: true, description: 'Any of these.' })
  or?: OrganisationFilter[] | null;

  @Field(() => OrganisationFilter, { nullable: true, description: 'Not this.' })
  not?: OrganisationFilter | null;

  @Field(() => [String], { nullable: true, description: 'These organisations, by key.' })
  keys?: string[] | null;

  @Field(() => [OrganisationSector], { nullable: true })
  sectors?: OrganisationSector[] | null;

  @Field(() => PlaceMatch, { nullable: true, description: 'Based in these places (and, by default, places within them).' })
  places?: PlaceMatch | null;

  @Field(() => String, { nullable: true, description: 'Name or acronym contains this (any case).' })
  nameContains?: string | null;

  @Field(() => PartnershipFilter, { nullable: true, description: 'Having a role in one of the partnerships this selects (or in one of their projects).' })
  partnerships?: PartnershipFilter | null;

  @Field(() => [OrganisationRole], { nullable: true, description: 'Having one of these roles (in those partnerships, when `partnerships` is given too).' })
  roles?: OrganisationRole[] | null;
}

/** The organisations list's filter, against the organisation table aliased `a`. */
export function compileOrganisationFilter(
  filter: OrganisationFilter | null | undefined,
  scope: FilterScope,
  a: string,
  em: EntityManager,
  loaders: Loaders,
): Promise<Condition> {
  const partnerships = new PartnershipFilterService(em, loaders);
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    const keys = scope.values(`${path}.keys`, f.keys);
    if (keys) {
      const found = await Promise.all(keys.map((k) => loaders.get(organisationByKeyLoader).load(k)));
      found.forEach((o, i) => o || scope.error(`${path}.keys[${i}]`, `unknown organisation "${keys[i]}"`));
      parts.push({ sql: `${a}."id" in (?)`, bindings: [found.map((o) => o!.id)] });
    }
    const sectors = scope.values(`${path}.sectors`, f.sectors);
    if (sectors) parts.push({ sql: `${a}."sector" is not null and ${a}."sector" in (?)`, bindings: [sectors] });
    if (f.places) {
      const placeKeys = scope.values(`${path}.places.keys`, f.places.keys) ?? [];
      const places = await Promise.all(placeKeys.map((k) => loaders.get(placeByKeyLoader).load(k)));
      places.forEach((p, i) => p || scope.error(`${path}.places.keys[${i}]`, `unknown place "${placeKeys[i]}"`));
      if (f.places.includeDescendants) {
        const pl = scope.alias('pl');
        const within = withinPath(`${pl}."path"`, places.map((p) => p!.path));
        parts.push({ sql: `exists (select 1 from "place" ${pl} where ${pl}."id" = ${a}."place_id" and (${within.sql}))`, bindings: within.bindings });
      } else {
        parts.push({ sql: `${a}."place_id" is not null and ${a}."place_id" in (?)`, bindings: [places.map((p) => p!.id)] });
      }
    }
    if (f.nameContains != null) {
      const text = f.nameContains.trim();
      if (!text || text.length > 200) scope.error(`${path}.nameContains`, 'give 1 to 200 characters');
      const pattern = `%${likeLiteral(text)}%`;
      parts.push({ sql: `(${a}."name" ilike ? or coalesce(${a}."acronym", '') ilike ?)`, bindings: [pattern, pattern] });
    }
    const roles = scope.values(`${path}.roles`, f.roles);
    if (f.partnerships || roles) {
      // A role in a partnership, or in one of its projects, that the caller may see.
      const [m, pr] = [scope.alias('ms'), scope.alias('pr')];
      const membership = await roleIn(m, Membership);
      const projectRole = await roleIn(pr, ProjectPartner);
      parts.push({
        sql:
          `exists (select 1 from "membership" ${m} where ${m}."organisation_id" = ${a}."id" and ${membership.sql}) or ` +
          `exists (select 1 from "project_partner" ${pr} where ${pr}."organisation_id" = ${a}."id" and ${projectRole.sql})`,
        bindings: [...membership.bindings, ...projectRole.bindings],
      });
    }
    async function roleIn(alias: string, entity: typeof Membership | typeof ProjectPartner): Promise<Condition> {
      const tests: Condition[] = [];
      if (roles) tests.push({ sql: `${alias}."role" in (?)`, bindings: [roles] });
      const inPartnerships = await partnerships.partnershipIdCondition(f.partnerships, scope, `${alias}."partnership_id"`, `${path}.partnerships`);
      if (inPartnerships) tests.push(inPartnerships);
      const visible = scope.visible(entity, alias);
      if (visible) tests.push(visible);
      return { sql: tests.map((t) => `(${t.sql})`).join(' and ') || 'true', bindings: tests.flatMap((t) => t.bindings) };
    }
    return parts;
  });
}
