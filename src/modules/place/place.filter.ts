import { Field, InputType } from 'type-graphql';
import { compileCombinable, withinPath, type Condition, type FilterScope } from '../../graphql/filter';
import { Partnership } from '../partnership/partnership.entity';
import { PlaceKind } from './place.enum';
import { placeByKeyLoader } from './place.loader';
import type { PlaceType } from './place.type';

@InputType({ description: 'Which places. Fields combine with AND; `and`, `or` and `not` combine whole filters.' })
export class PlaceFilter {
  @Field(() => [PlaceFilter], { nullable: true, description: 'All of these.' })
  and?: PlaceFilter[] | null;

  @Field(() => [PlaceFilter], { nullable: true, description: 'Any of these.' })
  or?: PlaceFilter[] | null;

  @Field(() => PlaceFilter, { nullable: true, description: 'Not this.' })
  not?: PlaceFilter | null;

  @Field(() => [String], { nullable: true, description: 'These places, by key.' })
  keys?: string[] | null;

  @Field(() => [PlaceKind], { nullable: true })
  kinds?: PlaceKind[] | null;

  @Field(() => [String], { nullable: true, description: 'These places and every place within them ("wales": Wales, its regions, Powys, Conwy).' })
  within?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'NUTS codes ("UKL24").' })
  nutsCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only places some partnership names; false: only places none names.' })
  hasPartnerships?: boolean | null;
}

/** Places by key, checked: an unknown key is BAD_USER_INPUT naming where it stands in the filter. */
export async function resolvePlaces(scope: FilterScope, keys: readonly string[] | null | undefined, path: string): Promise<PlaceType[]> {
  const values = scope.values(path, keys) ?? [];
  const found = await Promise.all(values.map((key) => scope.loaders.get(placeByKeyLoader).load(key)));
  return found.map((place, i) => place ?? scope.error(`${path}[${i}]`, `unknown place "${values[i]}"`));
}

/** The places list's filter, against the place table aliased `a`. */
export function compilePlaceFilter(filter: PlaceFilter | null | undefined, scope: FilterScope, a: string): Promise<Condition> {
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    if (f.keys) parts.push({ sql: `${a}."id" in (?)`, bindings: [(await resolvePlaces(scope, f.keys, `${path}.keys`)).map((p) => p.id)] });
    const kinds = scope.values(`${path}.kinds`, f.kinds);
    if (kinds) parts.push({ sql: `${a}."kind" in (?)`, bindings: [kinds] });
    if (f.within) {
      const within = withinPath(`${a}."path"`, (await resolvePlaces(scope, f.within, `${path}.within`)).map((p) => p.path));
      parts.push({ sql: `(${within.sql})`, bindings: within.bindings });
    }
    const nuts = scope.values(`${path}.nutsCodes`, f.nutsCodes);
    if (nuts) parts.push({ sql: `${a}."nuts_code" is not null and ${a}."nuts_code" in (?)`, bindings: [nuts] });
    if (f.hasPartnerships != null) {
      const [pp, p] = [scope.alias('pp'), scope.alias('p')];
      const visible = scope.andVisible(Partnership, p);
      parts.push({
        sql:
          `${f.hasPartnerships ? '' : 'not '}exists (select 1 from "partnership_place" ${pp} join "partnership" ${p} on ${p}."id" = ${pp}."partnership_id" ` +
          `where ${pp}."place_id" = ${a}."id"${visible.sql})`,
        bindings: visible.bindings,
      });
    }
    return parts;
  });
}
