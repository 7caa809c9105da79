import type { GraphQLResolveInfo } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Relay's Node: every record has a global ID ("Objective:12", base64url-encoded) that `node(id:)`
 * resolves, whatever its type. Rows carry their database id; the global ID is made on the way out.
 */
@InterfaceType({
  description: 'An object with a global ID, fetchable with `node(id:)`.',
  resolveType: (row: { __typename?: string }) => row.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global ID: opaque, stable across re-imports of the same record.' })
  id!: number;
}

export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export function globalIdOf(row: { id: number }, info: GraphQLResolveInfo): string {
  return toGlobalId(info.parentType.name, row.id);
}

/** Decodes a global ID; a malformed one is the caller's mistake, reported as BAD_USER_INPUT. */
export function fromGlobalId(globalId: string): { typeName: string; id: number } {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]{0,63}):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match || Number(match[2]) > 2147483647) throw badUserInput(`"${globalId.slice(0, 100)}" is not a valid ID`, { argument: 'id' });
  return { typeName: match[1], id: Number(match[2]) };
}
