/**
 * Issue 12 point 5, scale-out: hub instances share nothing but PostgreSQL and Redis. Two hubs,
 * started together on ONE database and ONE Redis, each over real HTTP: what one instance changes
 * (sharing levels, API keys) the other serves at once, a persisted query registered on one is
 * served by the other, and a caller's rate-limit budget is one budget across both.
 */
import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Role } from '../src/access/roles';
import { loadConfig } from '../src/config';
import { CreateApiKeyDocument, RevokeApiKeyDocument, SetSharingDocument } from './generated/graphql';
import { GraphQLClient } from './support/graphql-client';
import { raw } from './support/http';
import { startTestHubs, type TestHub } from './support/hub';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `scale-out-${randomBytes(4).toString('hex')}:`;
const ANONYMOUS_BUDGET = 6;
const defaults = loadConfig({ NODE_ENV: 'test' });

let a: TestHub;
let b: TestHub;
let adminOnA: GraphQLClient;
let analystKey: string;

beforeAll(async () => {
  [a, b] = await startTestHubs(2, {
    // Anonymous requests are only the budget test's: every other test sends a key.
    rateLimit: { ...defaults.rateLimit, anonymousRequests: ANONYMOUS_BUDGET, keyRequests: 500, windowSeconds: 60, redisUrl: REDIS_URL, redisKeyPrefix: PREFIX },
    // The budget test's client is an address of its own (a revoked key's request counts against its IP).
    trustProxy: 'loopback',
  });
  adminOnA = await a.clientAs(Role.ADMIN);
  analystKey = await a.createKey(Role.ANALYST);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const as = (t: TestHub, key: string) => new GraphQLClient(t.url, { authorization: `Bearer ${key}` });

describe('two instances on one database', () => {
  test('started together (on PostgreSQL, taking turns at migrating and seeding), both serve the same data and the same global IDs', async () => {
    const query = '{ partnerships(first: 10) { totalCount edges { node { id slug } } } }';
    const onA = await as(a, analystKey).data<{ partnerships: { totalCount: number; edges: Array<{ node: { id: string } }> } }, object>(query);
    const onB = await as(b, analystKey).data(query);
    expect(onB).toEqual(onA);
    expect(onA.partnerships.totalCount).toBe(5);
    const id = onA.partnerships.edges[0].node.id;
    expect(await as(b, analystKey).data(`{ node(id: "${id}") { id } }`)).toEqual({ node: { id } });
  });

  test('a sharing change made through A is seen at once by B: detail, list, compiled nested reads, search, export', async () => {
    const onB = as(b, analystKey);
    const shapes = `{
      partnership(slug: "bury-est") { slug objectives { text } }
      partnerships(first: 10) { totalCount edges { node { slug objectives { text } } } }
      search(query: "apprentice", first: 50) { edges { node { partnership { slug } } } }
    }`;
    type Shapes = {
      partnership: { slug: string } | null;
      partnerships: { totalCount: number; edges: Array<{ node: { slug: string } }> };
      search: { edges: Array<{ node: { partnership: { slug: string } } }> };
    };
    const before = await onB.data<Shapes, object>(shapes);
    expect(before.partnership?.slug).toBe('bury-est');
    const bury = (await adminOnA.data<{ partnership: { id: string } }, object>('{ partnership(slug: "bury-est") { id } }')).partnership.id;
    const exportOnB = () => raw(`${b.origin}/export/observations.csv?partnership=bury-est`, { headers: { authorization: `Bearer ${analystKey}` } });
    expect((await exportOnB()).status).toBe(200);

    await adminOnA.data(SetSharingDocument, { id: bury, sharing: 'OWNER' });
    try {
      const hidden = await onB.data<Shapes, object>(shapes);
      expect(hidden.partnership).toBeNull();
      expect(hidden.partnerships.totalCount).toBe(before.partnerships.totalCount - 1);
      expect(hidden.partnerships.edges.map((e) => e.node.slug)).not.toContain('bury-est');
      expect(hidden.search.edges.map((e) => e.node.partnership.slug)).not.toContain('bury-est');
      const refused = await exportOnB();
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(await as(a, analystKey).data(shapes)).toEqual(hidden);
    } finally {
      await adminOnA.data(SetSharingDocument, { id: bury, sharing: 'PUBLIC' });
    }
    // Loosening a partnership leaves its records as tightened (README): B answers as A does, at once.
    const restored = await onB.data<Shapes, object>(shapes);
    expect(restored.partnership?.slug).toBe('bury-est');
    expect(restored.partnerships.totalCount).toBe(before.partnerships.totalCount);
    expect(await as(a, analystKey).data(shapes)).toEqual(restored);
  });

  test('an API key created through A works on B at once, and stops working on B the moment A revokes it', async () => {
    const { createApiKey } = await adminOnA.data(CreateApiKeyDocument, { input: { name: 'scale-out analyst', role: 'ANALYST' } });
    const onB = as(b, createApiKey.secret);
    expect((await onB.request('{ viewer { role } }')).data).toEqual({ viewer: { role: 'ANALYST' } });
    await adminOnA.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    const refused = await onB.request('{ viewer { role } }');
    expect(refused.status).toBe(401);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['UNAUTHENTICATED', 'This API key has been revoked']]);
  });

  test('an APQ hash registered on A is served by B (persisted queries in Redis)', async () => {
    const query = `{ partnerships(first: 1) { totalCount } __typename }  # ${randomBytes(4).toString('hex')}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${analystKey}` };
    const byHash = (t: TestHub) => raw(t.url, { method: 'POST', headers, body: JSON.stringify({ extensions: { persistedQuery } }) });
    expect((await byHash(b)).body).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    const registered = await raw(a.url, { method: 'POST', headers, body: JSON.stringify({ query, extensions: { persistedQuery } }) });
    expect(registered.status).toBe(200);
    const served = await byHash(b);
    expect(served.status).toBe(200);
    expect(served.body).toEqual(registered.body);
  });

  test("a caller's rate-limit budget is one budget across both instances", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ANONYMOUS_BUDGET + 2; i++) {
      const t = i % 2 === 0 ? a : b;
      const headers = { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.23' };
      statuses.push((await raw(t.url, { method: 'POST', headers, body: '{"query":"{ __typename }"}' })).status);
    }
    // Each hub saw half the requests: with budgets of their own neither would refuse any.
    expect(statuses).toEqual([...Array<number>(ANONYMOUS_BUDGET).fill(200), 429, 429]);
  });
});
