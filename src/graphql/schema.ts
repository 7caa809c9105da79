import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import { installCompiledReads } from './compiled-reads';
import { installWithheldCounting } from './withheld-cells';
import type { NodeTypes } from './node';

/**
 * Builds a GraphQL schema from type-graphql resolver classes (the composition root, app-schema.ts,
 * lists them) and checks that node(id:) can load every type implementing Node.
 */
export async function buildGraphQLSchema<C extends object, R>(
  resolvers: NonEmptyArray<Function>,
  nodeTypes: NodeTypes,
  authChecker: AuthChecker<C, R>,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' });
  const node = schema.getType('Node');
  const missing = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i === node) && !nodeTypes[t.name])
    .map((t) => t.name);
  if (missing.length) throw new Error(`node(id:) cannot load ${missing.join(', ')}: add them to src/app-node-types.ts`);
  installCompiledReads(schema);
  installWithheldCounting(schema);
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
