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
import { projectsByPartnershipLoader } from './modules/project/project.loader';
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
type Reference = { __typename: string } & Record<string, unknown>;

/** One @key of an entity: its fields, whether a representation carries them, and how it loads. */
interface EntityKey {
  fields: string;
  given(ref: Reference): boolean;
  load(ref: Reference, context: HubContext): Promise<Row | null>;
}

/** By global id, through the node loaders (an id of another type is null, not a neighbour). */
const byId: EntityKey = {
  fields: 'id',
  given: (ref) => typeof ref.id === 'string',
  load: async (ref, { loaders, ids }) => {
    const { typeName, id } = ids.from(ref.id as string);
    const loader = nodeLoaders[ref.__typename];
    if (!loader || typeName !== ref.__typename || id === null) return null;
    return loaders.get(loader).load(id);
  },
};

/** By a public, stable, unique code, through the loader of the type's root query. */
const byUnique = (loader: UniqueLoader): EntityKey => ({
  fields: loader.uniqueProperty,
  given: (ref) => typeof ref[loader.uniqueProperty] === 'string',
  load: (ref, { loaders }) => loaders.get(loader).load(ref[loader.uniqueProperty] as string),
});

/** A project's key is unique within its partnership: keyed by the partnership's slug and its own key. */
const projectByPartnershipKey: EntityKey = {
  fields: 'partnership { slug } key',
  given: (ref) => typeof ref.key === 'string' && typeof (ref.partnership as { slug?: unknown } | undefined)?.slug === 'string',
  load: async (ref, { loaders }) => {
    const partnership = await loaders.get(partnershipBySlugLoader).load((ref.partnership as { slug: string }).slug);
    if (!partnership) return null;
    const projects = await loaders.get(projectsByPartnershipLoader).load(partnership.id);
    return projects.find((p) => p.key === ref.key) ?? null;
  },
};

/** Entity keys besides the global id: the public names partners already use. */
const publicKeys: Readonly<Record<string, EntityKey>> = {
  Concept: byUnique(conceptByCodeLoader),
  Indicator: byUnique(indicatorByCodeLoader),
  Metric: byUnique(metricByKeyLoader),
  Organisation: byUnique(organisationByKeyLoader),
  Partnership: byUnique(partnershipBySlugLoader),
  Place: byUnique(placeByKeyLoader),
  Project: projectByPartnershipKey,
  SourceDocument: byUnique(sourceDocumentByKeyLoader),
  TransnationalPartnership: byUnique(transnationalPartnershipByKeyLoader),
};

const isEntity = (typeName: string): boolean => Boolean(nodeLoaders[typeName] || publicKeys[typeName]);

/** The keys of an entity type, in the order they are printed as @key directives. */
const keysOf = (typeName: string): EntityKey[] => [...(nodeLoaders[typeName] ? [byId] : []), ...(publicKeys[typeName] ? [publicKeys[typeName]] : [])];

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
      ? { ...d, directives: [...(d.directives ?? []), ...keysOf(d.name.value).map((k) => key(k.fields))] }
      : d,
  );
  const link = `extend schema @link(url: "${FEDERATION_LINK}", import: ["@key"])`;
  return `${link}\n\n${print({ ...doc, definitions })}\n`;
}

/** Loads an entity through the same per-request loaders as the root queries: a hidden record is null. */
async function resolveReference(ref: Reference, context: HubContext) {
  // Public keys first: a representation carrying a code and an id is loaded by the code.
  const key = [...keysOf(ref.__typename)].reverse().find((k) => k.given(ref));
  return key ? key.load(ref, context) : null;
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
    if (!keys.some((k) => k.given(ref as Reference))) {
      throw new HubError(HubErrorCode.BAD_USER_INPUT, `representations[${i}]: a ${typeName} is referenced by ${keys.map((k) => k.fields).join(' or ')} (strings)`, {
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
