import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { PlaceKind } from './place.enum';

@ObjectType('Place', { implements: Node, description: 'A country, nation, region or local authority, in a hierarchy.' })
export class PlaceType extends Node {
  @Field({ description: 'Stable key ("powys").' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in Welsh.' })
  welshName!: string | null;

  @Field(() => PlaceKind)
  kind!: PlaceKind;

  @Field(() => String, { nullable: true, description: 'NUTS 2016 code, where the place is a NUTS region.' })
  nutsCode!: string | null;

  parentId!: number | null;
  path!: string;
}

@ObjectType()
export class PlaceConnection extends ConnectionType(PlaceType, 'Place') {}
