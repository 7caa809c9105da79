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
import type { LoaderDefinition, Row } from './db/row-loaders';
import { HubError, HubErrorCode } from './errors';
import type { HubContext } from './graphql/context';
import { indicatorByCodeLoader } from './modules/indicator/indicator.loader';
import { metricByKeyLoader } from './modules/metric/metric.loader';
import { organisationByKeyLoader } from './modules/organisation/organisation.loader';
import { partnershipBySlugLoader } from './modules/partnership/partnership.loader';
import { placeByKeyLoader } from './modules/place/place.loader';
import { sourceDocumentByKeyLoader } from './modules/source/source.loader';
import { conceptByCodeLoader } from './modules/taxonomy/concept.loader';
import { transnationalPartnershipByKeyLoader } from './modules/transnational/transnational.loader';

/**
 * Federation 2: the hub as a subgraph. Every type implementing Node is an entity keyed by its
 * global `id` (stable across restarts and re-imports, and opaque); the shared catalogue types are
 * also keyed by the public code partners already use (Partnership by `slug`, Concept and Indicator
 * by `code`, Organisation, Place, Metric, SourceDocument and TransnationalPartnership by `key`), so a
 * partner subgraph can key its own data by it without knowing the hub's ID secret. Indicator is
 * not a Node (it has no global id): it is keyed by `code` only.
 *
 * The served schema is the hub's own schema object with `_entities` and `_service` added to Query,
 * not a rebuild from SDL (as buildSubgraphSchema does): the types keep their resolvers, compiled
 * reads, cost extensions and auth checks, so ordinary reads run exactly as before.
 */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.3';

type UniqueLoader = LoaderDefinition<string, Row | null> & { uniqueProperty: string };

/** Entity keys besides the global id: a public, stable, unique code, loaded by the loader of its root query. */
const publicKeys: Readonly<Record<string, UniqueLoader>> = {
  Concept: conceptByCodeLoader,
  Indicator: indicatorByCodeLoader,
  Metric: metricByKeyLoader,
  Organisation: organisationByKeyLoader,
  Partnership: partnershipBySlugLoader,
  Place: placeByKeyLoader,
  SourceDocument: sourceDocumentByKeyLoader,
  TransnationalPartnership: transnationalPartnershipByKeyLoader,
};

const isEntity = (typeName: string): boolean => Boolean(nodeLoaders[typeName] || publicKeys[typeName]);

/** The key fields of an entity type, in the order they are printed as @key directives. */
export const keysOf = (typeName: string): string[] => [
  ...(nodeLoaders[typeName] ? ['id'] : []),
  ...(publicKeys[typeName] ? [publicKeys[typeName].uniqueProperty] : []),
];

/** The subgraph SDL (`_service { sdl }`, schema/subgraph.graphql): the hub's SDL with @link and @key. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const doc = parse(printHubSchema(schema));
  const key = (fields: string): ConstDirectiveNode => ({
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: fields } }],
  });
  const definitions: DefinitionNode[] = doc.definitions.map((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && isEntity(d.name.value)
      ? { ...d, directives: [...(d.directives ?? []), ...keysOf(d.name.value).map(key)] }
      : d,
  );
  const link = `extend schema @link(url: "${FEDERATION_LINK}", import: ["@key"])`;
  return `${link}\n\n${print({ ...doc, definitions })}\n`;
}

type Reference = { __typename: string } & Record<string, unknown>;

/** Loads an entity through the same per-request loaders as node(id:): a hidden record is null. */
async function resolveReference(ref: Reference, { loaders, ids }: HubContext) {
  const byCode = publicKeys[ref.__typename];
  if (byCode && typeof ref[byCode.uniqueProperty] === 'string') return loaders.get(byCode).load(ref[byCode.uniqueProperty] as string);
  if (typeof ref.id !== 'string') return null;
  const { typeName, id } = ids.from(ref.id);
  const loader = nodeLoaders[ref.__typename];
  if (!loader || typeName !== ref.__typename || id === null) return null;
  return loaders.get(loader).load(id);
}

/**
 * A gateway sends only types and keys of the supergraph; anything else is the caller's mistake and
 * is told as such (@apollo/subgraph would throw a plain Error, masked as an internal one).
 */
function checkRepresentations(representations: unknown[]): Reference[] {
  return representations.map((ref, i) => {
    const typeName = (ref as { __typename?: unknown } | null)?.__typename;
    if (typeof ref !== 'object' || ref === null || typeof typeName !== 'string') {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `representations[${i}] must be an object with a __typename`, { argument: 'representations' });
    }
    if (!isEntity(typeName)) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `representations[${i}]: "${typeName}" is not an entity type of this subgraph`, {
        argument: 'representations',
        typename: typeName,
      });
    }
    const keys = keysOf(typeName);
    if (!keys.some((k) => typeof (ref as Record<string, unknown>)[k] === 'string')) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `representations[${i}]: a ${typeName} is referenced by ${keys.join(' or ')} (a string)`, {
        argument: 'representations',
        typename: typeName,
      });
    }
    return ref as Reference;
  });
}

export function federate(schema: GraphQLSchema): GraphQLSchema {
  const sdl = printSubgraphSdl(schema);
  const entities = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && isEntity(t.name),
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
    // Their number is bounded before execution (MAX_ENTITY_REPRESENTATIONS, src/graphql/limits.ts).
    resolve: (_root, { representations }, context, info) => entitiesResolver({ representations: checkRepresentations(representations), context, info }),
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
