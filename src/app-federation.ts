import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  Kind,
  isObjectType,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type GraphQLFieldConfig,
} from 'graphql';
import { AnyType, ServiceType } from '@apollo/subgraph/dist/types';
import { entitiesResolver } from '@apollo/subgraph/dist/types';
import { buildHubSchema, printHubSchema } from './app-schema';
import { nodeLoaders } from './app-node-types';
import type { HubContext } from './graphql/context';
import { partnershipBySlugLoader } from './modules/partnership/partnership.loader';

/**
 * Federation 2: the hub as a subgraph. Every type implementing Node is an entity keyed by its
 * global `id` (stable across restarts and re-imports, and opaque); Partnership is also keyed by
 * `slug`, the public name partners already use, so a partner subgraph can key its own data by it
 * without knowing the hub's ID secret.
 *
 * The served schema is the hub's own schema object with `_entities` and `_service` added to Query,
 * not a rebuild from SDL (as buildSubgraphSchema does): the types keep their resolvers, compiled
 * reads, cost extensions and auth checks, so ordinary reads run exactly as before.
 */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.3';

const keysOf = (typeName: string): string[] => (typeName === 'Partnership' ? ['id', 'slug'] : ['id']);

/** The subgraph SDL (`_service { sdl }`, schema/subgraph.graphql): the hub's SDL with @link and @key. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const doc = parse(printHubSchema(schema));
  const key = (fields: string): ConstDirectiveNode => ({
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: fields } }],
  });
  const definitions: DefinitionNode[] = doc.definitions.map((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && nodeLoaders[d.name.value]
      ? { ...d, directives: [...(d.directives ?? []), ...keysOf(d.name.value).map(key)] }
      : d,
  );
  const link = `extend schema @link(url: "${FEDERATION_LINK}", import: ["@key"])`;
  return `${link}\n\n${print({ ...doc, definitions })}\n`;
}

type Reference = { __typename: string; id?: string; slug?: string };

/** Loads an entity through the same per-request loaders as node(id:): a hidden record is null. */
async function resolveReference(ref: Reference, { loaders, ids }: HubContext) {
  if (ref.slug !== undefined && ref.__typename === 'Partnership') return loaders.get(partnershipBySlugLoader).load(ref.slug);
  if (typeof ref.id !== 'string') return null;
  const { typeName, id } = ids.from(ref.id);
  const loader = nodeLoaders[ref.__typename];
  if (!loader || typeName !== ref.__typename || id === null) return null;
  return loaders.get(loader).load(id);
}

export function federate(schema: GraphQLSchema): GraphQLSchema {
  const sdl = printSubgraphSdl(schema);
  const entities = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && Boolean(nodeLoaders[t.name]),
  );
  for (const type of entities) {
    // Where @apollo/subgraph's entities resolver looks for __resolveReference.
    (type as { extensions: object }).extensions = {
      ...type.extensions,
      apollo: { subgraph: { resolveReference } },
    };
  }
  const entityUnion = new GraphQLUnionType({ name: '_Entity', types: entities });
  const query = schema.getQueryType()!;
  const entitiesField: GraphQLFieldConfig<unknown, HubContext> = {
    type: new GraphQLNonNull(new GraphQLList(entityUnion)),
    args: { representations: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(AnyType))) } },
    resolve: (_root, { representations }, context, info) => entitiesResolver({ representations, context, info }),
  };
  const config = query.toConfig();
  const federatedQuery = new GraphQLObjectType({
    ...config,
    fields: {
      ...config.fields,
      _entities: entitiesField,
      _service: { type: new GraphQLNonNull(ServiceType), resolve: () => ({ sdl }) },
    },
  });
  const schemaConfig = schema.toConfig();
  return new GraphQLSchema({
    ...schemaConfig,
    query: federatedQuery,
    types: [...schemaConfig.types.filter((t) => t !== query), entityUnion, ServiceType, AnyType],
  });
}

let built: Promise<GraphQLSchema> | undefined;

/** The schema the hub serves: its own schema, also a Federation 2 subgraph. */
export function buildHubSubgraphSchema(): Promise<GraphQLSchema> {
  built ??= buildHubSchema().then(federate);
  return built;
}
