import type { GraphQLResolveInfo } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import type { LoaderDefinition, Row } from '../db/row-loaders';
import type { GlobalIds } from './global-id';

/**
 * Relay's Node: every record has a global ID (opaque, see global-id.ts) that `node(id:)` resolves,
 * whatever its type. Rows carry their database id; the global ID is made on the way out.
 */
@InterfaceType({
  description: 'An object with a global ID, fetchable with `node(id:)`.',
  resolveType: (row: { __typename?: string }) => row.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global ID: opaque, stable across re-imports of the same record.' })
  id!: number;
}

/** How `node(id:)` fetches each type that implements Node (the composition root lists them). */
export type NodeTypes = Readonly<Record<string, LoaderDefinition<number, Row | null>>>;

export function globalIdOf(row: { id: number }, info: GraphQLResolveInfo, ids: GlobalIds): string {
  return ids.to(info.parentType.name, row.id);
}
