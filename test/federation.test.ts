/**
 * Issue 12 point 1: the hub is a Federation 2 subgraph. A gateway built from the committed
 * supergraph joins the hub's Partnership with the example partner subgraph's local programmes over
 * real HTTP, forwarding the caller's key to the hub; `_entities` goes through the same loaders and
 * access policy as node(id:), so a hidden record is null.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Role } from '../src/access/roles';
import { buildHubSchema } from '../src/app-schema';
import { startPartnerSubgraph } from '../examples/partner-subgraph/partner-subgraph';
import { composeSupergraph, HUB_SUBGRAPH, PARTNER_SUBGRAPH } from '../scripts/supergraph';
import { SetSharingDocument } from './generated/graphql';
import { GraphQLClient } from './support/graphql-client';
import { startTestHub, type TestHub } from './support/hub';

interface GatewayContext {
  authorization?: string;
}

let t: TestHub;
let partner: { url: string; stop: () => Promise<void> };
let gatewayServer: ApolloServer<GatewayContext>;
let gatewayUrl: string;
let adminKey: string;
let admin: GraphQLClient;
let conwyId: string;

const JOINED = `query Joined($slug: String!) {
  partnership(slug: $slug) { slug name localProgrammes { code title budgetEuro } }
}`;
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Partnership { slug name } }
}`;

beforeAll(async () => {
  t = await startTestHub();
  partner = await startPartnerSubgraph();
  adminKey = await t.createKey(Role.ADMIN);
  admin = new GraphQLClient(t.url, { authorization: `Bearer ${adminKey}` });
  conwyId = (await admin.data<{ partnership: { id: string } }, object>('{ partnership(slug: "conwy") { id } }')).partnership.id;
  // Conwy shares nothing beyond its own editors: anonymous callers must not see it, the administrator does.
  await admin.data(SetSharingDocument, { id: conwyId, sharing: 'OWNER' });

  const urls: Record<string, string> = { [HUB_SUBGRAPH]: t.url, [PARTNER_SUBGRAPH]: partner.url };
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(join(__dirname, '../schema/supergraph.graphql'), 'utf8'),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urls[name!],
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  gatewayServer = new ApolloServer<GatewayContext>({ gateway });
  ({ url: gatewayUrl } = await startStandaloneServer(gatewayServer, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  }));
});
afterAll(async () => {
  await gatewayServer?.stop();
  await partner?.stop();
  await t?.close();
});

describe('issue 12.1: Federation 2 subgraph', () => {
  test('the committed supergraph is the composition of the current hub and partner subgraphs', async () => {
    const { supergraph } = composeSupergraph(await buildHubSchema());
    expect(readFileSync(join(__dirname, '../schema/supergraph.graphql'), 'utf8')).toBe(supergraph);
  });

  test('_service { sdl } links federation v2 and carries the @key directives', async () => {
    const { _service } = await t.client.data<{ _service: { sdl: string } }, object>('{ _service { sdl } }');
    expect(_service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    expect(_service.sdl).toMatch(/type Partnership implements [^{]*@key\(fields: "id"\) @key\(fields: "slug"\)/);
    for (const type of ['Organisation', 'Project', 'Concept', 'Place']) {
      expect(_service.sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\)`));
    }
  });

  test('a gateway query joins hub and partner fields, as anonymous', async () => {
    const gateway = new GraphQLClient(gatewayUrl);
    const { partnership } = await gateway.data<{ partnership: Record<string, unknown> }, object>(JOINED, { slug: 'bury-est' });
    const direct = await t.client.data<{ partnership: { name: string } }, object>('{ partnership(slug: "bury-est") { name } }');
    expect(partnership).toEqual({
      slug: 'bury-est',
      name: direct.partnership.name,
      localProgrammes: [
        { code: 'BURY-LP-1', title: 'Bury ethnic minority employment pathway', budgetEuro: 120000 },
        { code: 'BURY-LP-2', title: 'Bury local mentoring scheme', budgetEuro: 45000 },
      ],
    });
  });

  test('the caller key reaches the hub through the gateway: a record hidden from anonymous callers shows with the key', async () => {
    const anonymous = await new GraphQLClient(gatewayUrl).data<{ partnership: unknown }, object>(JOINED, { slug: 'conwy' });
    expect(anonymous.partnership).toBeNull();
    const withKey = new GraphQLClient(gatewayUrl, { authorization: `Bearer ${adminKey}` });
    const { partnership } = await withKey.data<{ partnership: { slug: string; localProgrammes: Array<{ code: string }> } }, object>(JOINED, {
      slug: 'conwy',
    });
    expect(partnership.slug).toBe('conwy');
    expect(partnership.localProgrammes.map((p) => p.code)).toEqual(['CONWY-LP-1']);
  });

  test('_entities resolves through the access policy: a hidden record is null, by slug and by id', async () => {
    const representations = [
      { __typename: 'Partnership', slug: 'conwy' },
      { __typename: 'Partnership', id: conwyId },
      { __typename: 'Partnership', slug: 'bury-est' },
    ];
    const anonymous = await t.client.data<{ _entities: Array<{ slug: string } | null> }, object>(ENTITIES, { representations });
    expect(anonymous._entities.map((e) => e?.slug ?? null)).toEqual([null, null, 'bury-est']);
    const asAdmin = await admin.data<{ _entities: Array<{ slug: string } | null> }, object>(ENTITIES, { representations });
    expect(asAdmin._entities.map((e) => e?.slug ?? null)).toEqual(['conwy', 'conwy', 'bury-est']);
  });

  test('_entities: an id of another type or an unknown slug is null, not a neighbour', async () => {
    const place = (await t.client.data<{ places: { edges: Array<{ node: { id: string } }> } }, object>('{ places(first: 1) { edges { node { id } } } }'))
      .places.edges[0].node.id;
    const { _entities } = await admin.data<{ _entities: unknown[] }, object>(ENTITIES, {
      representations: [
        { __typename: 'Partnership', id: place },
        { __typename: 'Partnership', slug: 'no-such-partnership' },
      ],
    });
    expect(_entities).toEqual([null, null]);
  });
});

describe('issue 12.1: the subgraph fields under the graphql-jit executor', () => {
  let jit: TestHub;
  beforeAll(async () => {
    jit = await startTestHub({ graphqlJit: true });
  });
  afterAll(() => jit?.close());

  test('_service and _entities answer as with graphql-js', async () => {
    const { _service } = await jit.client.data<{ _service: { sdl: string } }, object>('{ _service { sdl } }');
    expect(_service.sdl).toContain('@key(fields: "slug")');
    const { _entities } = await jit.client.data<{ _entities: Array<{ slug: string } | null> }, object>(ENTITIES, {
      representations: [
        { __typename: 'Partnership', slug: 'bury-est' },
        { __typename: 'Partnership', slug: 'no-such-partnership' },
      ],
    });
    expect(_entities.map((e) => e?.slug ?? null)).toEqual(['bury-est', null]);
  });
});
