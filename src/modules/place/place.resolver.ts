import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { PartnershipType } from '../partnership/partnership.type';
import { Place } from './place.entity';
import { partnershipsByPlaceLoader, placeByIdLoader, placeByKeyLoader, placesByParentLoader } from './place.loader';
import { PlaceType } from './place.type';

@Resolver(() => PlaceType)
export class PlaceResolver {
  @Query(() => [PlaceType], { description: 'Every place, ordered by its position in the hierarchy.' })
  places(@Ctx() { loaders }: HubContext) {
    return loaders.run<PlaceType>(loaders.select(Place).orderBy('t.path'));
  }

  @Query(() => PlaceType, { nullable: true })
  place(@Arg('key') key: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(placeByKeyLoader).load(key);
  }

  @FieldResolver(() => PlaceType, { nullable: true })
  parent(@Root() place: PlaceType, @Ctx() { loaders }: HubContext) {
    return place.parentId ? loaders.get(placeByIdLoader).load(place.parentId) : null;
  }

  @FieldResolver(() => [PlaceType])
  children(@Root() place: PlaceType, @Ctx() { loaders }: HubContext) {
    return loaders.get(placesByParentLoader).load(place.id);
  }

  @FieldResolver(() => [PartnershipType], { description: 'Partnerships working in this place (not in places within it).' })
  partnerships(@Root() place: PlaceType, @Ctx() { loaders }: HubContext) {
    return loaders.get(partnershipsByPlaceLoader).load(place.id);
  }
}
