import { registerEnumType } from 'type-graphql';

export enum PlaceKind {
  COUNTRY = 'COUNTRY',
  NATION = 'NATION',
  REGION = 'REGION',
  SUB_REGION = 'SUB_REGION',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  AREA = 'AREA',
}

registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'Level of a place in the hierarchy.' });
