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

  test('shared catalogue entities are also keyed by their public code; Indicator (not a Node) by code only', async () => {
    const { _service } = await t.client.data<{ _service: { sdl: string } }, object>('{ _service { sdl } }');
    expect(_service.sdl).toMatch(/type Indicator @key\(fields: "code"\) \{/);
    expect(_service.sdl).toMatch(/type Concept implements [^{]*@key\(fields: "id"\) @key\(fields: "code"\)/);
    for (const type of ['Organisation', 'Place', 'Metric', 'SourceDocument', 'TransnationalPartnership']) {
      expect(_service.sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\) @key\\(fields: "key"\\)`));
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

const BY_CODE = `query ByCode($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Indicator { code kind }
    ... on Concept { code }
    ... on Place { key name }
    ... on Organisation { key name }
    ... on Metric { key }
  }
}`;

describe('issue 12.1: entities by public code, and bad representations', () => {
  test('Indicator, Concept, Place and Metric resolve by their codes as the root queries read them', async () => {
    const direct = await t.client.data<
      { indicator: { code: string; kind: string }; concept: { code: string }; place: { key: string; name: string }; metric: { key: string } },
      object
    >('{ indicator(code: "esf.cr04") { code kind } concept(code: "care-leavers") { code } place(key: "powys") { key name } metric(key: "bury-est/starters") { key } }');
    const { _entities } = await t.client.data<{ _entities: unknown[] }, object>(BY_CODE, {
      representations: [
        { __typename: 'Indicator', code: 'esf.cr04' },
        { __typename: 'Concept', code: 'care-leavers' },
        { __typename: 'Place', key: 'powys' },
        { __typename: 'Metric', key: 'bury-est/starters' },
        { __typename: 'Indicator', code: 'no-such-indicator' },
      ],
    });
    expect(_entities).toEqual([
      { __typename: 'Indicator', ...direct.indicator },
      { __typename: 'Concept', ...direct.concept },
      { __typename: 'Place', ...direct.place },
      { __typename: 'Metric', ...direct.metric },
      null,
    ]);
  });

  test('an organisation only a hidden partnership names is null by key for anonymous callers, as organisation(key:) is', async () => {
    const all = await admin.data<{ organisations: { edges: Array<{ node: { key: string } }> } }, object>(
      '{ organisations(first: 100) { edges { node { key } } } }',
    );
    const visible = await t.client.data<{ organisations: { edges: Array<{ node: { key: string } }> } }, object>(
      '{ organisations(first: 100) { edges { node { key } } } }',
    );
    const seen = new Set(visible.organisations.edges.map((e) => e.node.key));
    const hidden = all.organisations.edges.map((e) => e.node.key).find((k) => !seen.has(k));
    expect(hidden).toBeDefined(); // Conwy (OWNER) names organisations no public record does
    const shown = visible.organisations.edges[0].node.key;
    const representations = [
      { __typename: 'Organisation', key: hidden },
      { __typename: 'Organisation', key: shown },
    ];
    const anonymous = await t.client.data<{ _entities: Array<{ key: string } | null> }, object>(BY_CODE, { representations });
    expect(anonymous._entities.map((e) => e?.key ?? null)).toEqual([null, shown]);
    const asAdmin = await admin.data<{ _entities: Array<{ key: string } | null> }, object>(BY_CODE, { representations });
    expect(asAdmin._entities.map((e) => e?.key ?? null)).toEqual([hidden, shown]);
  });

  test("a Project is keyed by its partnership's slug and its own key (unique within the partnership), under the access policy", async () => {
    const { _service } = await t.client.data<{ _service: { sdl: string } }, object>('{ _service { sdl } }');
    expect(_service.sdl).toMatch(/type Project implements [^{]*@key\(fields: "id"\) @key\(fields: "partnership \{ slug \} key"\)/);
    const projectsOf = async (slug: string) =>
      (await admin.data<{ partnership: { projects: Array<{ key: string; name: string }> } }, object>(`{ partnership(slug: "${slug}") { projects { key name } } }`))
        .partnership.projects;
    const [bury] = await projectsOf('bury-est');
    const [conwy] = await projectsOf('conwy');
    expect([typeof bury?.key, typeof conwy?.key]).toEqual(['string', 'string']);
    const PROJECTS = `query P($representations: [_Any!]!) { _entities(representations: $representations) { ... on Project { key name } } }`;
    const representations = [
      { __typename: 'Project', partnership: { slug: 'bury-est' }, key: bury.key },
      { __typename: 'Project', partnership: { slug: 'conwy' }, key: conwy.key },
      { __typename: 'Project', partnership: { slug: 'bury-est' }, key: 'no-such-project' },
    ];
    const anonymous = await t.client.data<{ _entities: unknown[] }, object>(PROJECTS, { representations });
    expect(anonymous._entities).toEqual([bury, null, null]); // Conwy is shared with its owners only
    const asAdmin = await admin.data<{ _entities: unknown[] }, object>(PROJECTS, { representations });
    expect(asAdmin._entities).toEqual([bury, conwy, null]);
  });

  test('an unknown __typename is BAD_USER_INPUT naming it, not a masked internal error', async () => {
    for (const typename of ['Martian', 'Query', 'Node', 'IndicatorMapping']) {
      const result = await t.client.request(ENTITIES, { representations: [{ __typename: 'Partnership', slug: 'bury-est' }, { __typename: typename, id: 'x' }] });
      expect(result.status).toBe(200);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toBe(`representations[1]: "${typename}" is not an entity type of this subgraph`);
      expect(result.data).toBeNull(); // _entities is non-null: the error nulls the answer
    }
  });

  test('a representation without a key of its type, or without a __typename, is BAD_USER_INPUT saying what is expected', async () => {
    const noKey = await t.client.request(ENTITIES, { representations: [{ __typename: 'Partnership', name: 'Bury EST' }] });
    expect(noKey.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'representations[0]: a Partnership is referenced by id or slug (strings)'],
    ]);
    const noType = await t.client.request(ENTITIES, { representations: [{ slug: 'bury-est' }] });
    expect(noType.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'representations[0] must be an object with a __typename']]);
  });

  test('more representations than MAX_ENTITY_REPRESENTATIONS (200) in one operation: 400 TOO_MANY_REPRESENTATIONS, before any load', async () => {
    const ok = Array.from({ length: 200 }, () => ({ __typename: 'Partnership', slug: 'bury-est' }));
    const served = await t.client.data<{ _entities: Array<{ slug: string } | null> }, object>(ENTITIES, { representations: ok });
    expect(served._entities).toHaveLength(200);
    const statements = await t.sql.during(async () => {
      const refused = await t.client.request(ENTITIES, { representations: [...ok, { __typename: 'Partnership', slug: 'conwy' }] });
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_REPRESENTATIONS']);
      expect(refused.errors![0].extensions).toMatchObject({ limit: 200, actual: 201 });
      expect(refused.errors![0].message).toBe('The operation asks _entities for 201 representations; at most 200 are allowed per operation');
    });
    expect(statements).toEqual([]);
    // Two aliased _entities fields count together.
    const twice = `query Twice($a: [_Any!]!, $b: [_Any!]!) { a: _entities(representations: $a) { __typename } b: _entities(representations: $b) { __typename } }`;
    const split = await t.client.request(twice, { a: ok.slice(0, 150), b: ok.slice(0, 51) });
    expect(split.status).toBe(400);
    expect(split.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REPRESENTATIONS', actual: 201 });
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

  test('an unknown __typename and too many representations get the same codes as with graphql-js', async () => {
    const unknown = await jit.client.request(ENTITIES, { representations: [{ __typename: 'Martian', id: 'x' }] });
    expect(unknown.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'representations[0]: "Martian" is not an entity type of this subgraph'],
    ]);
    const many = await jit.client.request(ENTITIES, { representations: Array.from({ length: 201 }, () => ({ __typename: 'Indicator', code: 'esf.cr04' })) });
    expect(many.status).toBe(400);
    expect(many.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_REPRESENTATIONS']);
  });
});
