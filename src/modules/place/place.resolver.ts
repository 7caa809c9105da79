import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import { FilterScope } from '../../graphql/filter';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { PartnershipType } from '../partnership/partnership.type';
import { Place } from './place.entity';
import { partnershipsByPlaceLoader, placeByIdLoader, placeByKeyLoader, placesByParentLoader } from './place.loader';
import { compilePlaceFilter, PlaceFilter } from './place.filter';
import { PlaceConnection, PlaceType } from './place.type';

@Resolver(() => PlaceType)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places, filtered, in hierarchy order (a country before its nations and regions).' })
  async places(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PlaceFilter, { nullable: true }) filter: PlaceFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const where = await compilePlaceFilter(filter, new FilterScope(loaders), '"t"');
    return paginate<PlaceType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(Place).whereRaw(`(${where.sql})`, where.bindings as never),
      keys: [
        { expression: '"t"."path"', direction: 'asc', type: 'string', value: (p) => p.path },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (p) => p.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @Query(() => PlaceType, { nullable: true })
  @Extensions(compiledRootRead(placeByKeyLoader, 'key'))
  place(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(placeByKeyLoader).load(key);
  }

  @Extensions(compiledRead(placeByIdLoader, 'parentId'))
  @FieldResolver(() => PlaceType, { nullable: true })
  parent(@Root() place: PlaceType, @Ctx() { loaders }: HubContext) {
    return place.parentId ? loaders.get(placeByIdLoader).load(place.parentId) : null;
  }

  @Extensions(compiledRead(placesByParentLoader))
  @FieldResolver(() => [PlaceType])
  children(@Root() place: PlaceType, @Ctx() { loaders }: HubContext) {
    return loaders.get(placesByParentLoader).load(place.id);
  }

  @Extensions(compiledRead(partnershipsByPlaceLoader))
  @FieldResolver(() => [PartnershipType], { description: 'Partnerships working in this place (not in places within it).' })
  partnerships(@Root() place: PlaceType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipsByPlaceLoader).load(place.id);
  }
}
