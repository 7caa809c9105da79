import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from './context';
import { badUserInput } from './errors';
import { globalIdOf, Node } from './node';

const MAX_NODES = 100;

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID)
  id(@Root() row: Node, @Info() info: GraphQLResolveInfo, @Ctx() ctx: HubContext): string {
    return globalIdOf(row, info, ctx.ids);
  }

  @Query(() => Node, { nullable: true, description: 'Any record by its global ID; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext) {
    return loadNode(id, ctx);
  }

  @Query(() => [Node], { nullable: 'items', description: `Records by global ID, in the order asked (at most ${MAX_NODES}).` })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: HubContext) {
    if (ids.length > MAX_NODES) throw badUserInput(`"ids" takes at most ${MAX_NODES} IDs (got ${ids.length})`, { argument: 'ids' });
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  }
}

async function loadNode(globalId: string, { loaders, ids, nodeTypes }: HubContext) {
  const { typeName, id } = ids.from(globalId);
  const loader = nodeTypes[typeName];
  if (!loader || id === null) return null;
  const row = await loaders.get(loader).load(id);
  return row ? { ...row, __typename: typeName } : null;
}
