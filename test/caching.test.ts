/**
 * Issue 12 point 4: HTTP caching of anonymous GET queries from the schema's cache hints (ETag and
 * 304), and persisted queries (Apollo APQ in memory or Redis; PERSISTED_QUERIES=only).
 * GETs send `apollo-require-preflight` so they pass Apollo's CSRF prevention as it stands.
 */
import { readFileSync } from 'node:fs';
import { loadConfig, type HubConfig } from '../src/config';
import { sha256, type PersistedQueryManifest } from '../src/graphql/persisted-queries';
import { startTestHub, type TestHub } from './support/hub';
import { codes, postQuery, raw } from './support/http';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const defaults = loadConfig({ NODE_ENV: 'test' });
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const PUBLIC_QUERY = '{ partnerships(first: 2) { totalCount edges { node { slug name } } } }';
const PERSONAL_QUERY = '{ partnerships(first: 2) { edges { node { slug contacts { email } } } } }';

function get(t: TestHub, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]),
  );
  return raw(`${t.url}?${search}`, { headers: { accept: 'application/json', ...PREFLIGHT, ...headers } });
}

const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
const caching = (overrides: Partial<HubConfig['caching']>) => ({ caching: { ...defaults.caching, ...overrides } });

describe('Cache-Control and ETag', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub(caching({ maxAgeSeconds: 42 }));
  });
  afterAll(() => t.close());

  test('an anonymous GET of public data is public for CACHE_MAX_AGE with a strong ETag; If-None-Match gets 304 with no body', async () => {
    const first = await get(t, { query: PUBLIC_QUERY });
    expect(first.status).toBe(200);
    expect(first.body?.errors).toBeUndefined();
    expect(first.headers.get('cache-control')).toBe('public, max-age=42');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/); // strong (no W/), a sha256
    const again = await get(t, { query: PUBLIC_QUERY });
    expect(again.headers.get('etag')).toBe(etag);

    // As a browser revalidates (fetch would otherwise add `cache-control: no-cache`, a forced reload).
    const revalidated = await get(t, { query: PUBLIC_QUERY }, { 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');

    // Another answer, another tag: a stale tag gets the full answer.
    const other = await get(t, { query: '{ partnerships(first: 1) { totalCount } }' }, { 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  test('a query selecting personal data (contact e-mail, testimonial speaker) is private, no-store', async () => {
    for (const query of [PERSONAL_QUERY, '{ partnerships(first: 1) { edges { node { testimonials { speaker } } } } }']) {
      const r = await get(t, { query });
      expect(r.status).toBe(200);
      expect(r.body?.errors).toBeUndefined();
      expect(r.headers.get('cache-control')).toBe('private, no-store');
    }
    // Also through a fragment.
    const viaFragment = await get(t, {
      query: 'query Q { partnerships(first: 1) { edges { node { contacts { ...C } } } } } fragment C on ContactPerson { name }',
    });
    expect(viaFragment.headers.get('cache-control')).toBe('private, no-store');
  });

  test('a request with an API key is private, no-store, also for public data', async () => {
    const key = await t.createKey('ANALYST' as never);
    const r = await get(t, { query: PUBLIC_QUERY }, { authorization: `Bearer ${key}` });
    expect(r.status).toBe(200);
    expect(r.body?.errors).toBeUndefined();
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('etag')).toBeNull();
  });

  test('POST is never cached publicly', async () => {
    const r = await postQuery(t.url, PUBLIC_QUERY);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('etag')).toBeNull();
  });

  test('an answer with errors is not cached publicly', async () => {
    const r = await get(t, { query: '{ partnerships(first: 2) { nosuchfield } }' });
    expect(codes(r)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(r.headers.get('cache-control')).toBe('private, no-store');
  });
});

/** Register-and-hit as Apollo's APQ link does it, over POST then GET. */
async function registerAndHit(t: TestHub, query: string, other: TestHub = t) {
  const extensions = apq(query);
  const missing = await get(t, { extensions });
  expect(codes(missing)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

  const registered = await raw(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions }),
  });
  expect(registered.status).toBe(200);
  expect(registered.body?.errors).toBeUndefined();

  const hit = await get(other, { extensions });
  expect(hit.status).toBe(200);
  expect(hit.body?.errors).toBeUndefined();
  expect(hit.body?.data).toEqual(registered.body?.data);
  expect(hit.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  const byPost = await raw(other.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions }) });
  expect(byPost.body?.data).toEqual(registered.body?.data);
}

describe('automatic persisted queries (PERSISTED_QUERIES=apq, the default)', () => {
  test('the default mode is apq', () => {
    expect(defaults.caching.persistedQueries).toBe('apq');
  });

  test('in memory: a hash-only request is PERSISTED_QUERY_NOT_FOUND until the query is registered, then hits', async () => {
    const t = await startTestHub();
    try {
      await registerAndHit(t, `{ partnerships(first: 3) { totalCount } } # ${Date.now()}`);
      // A hash that does not match the query is refused, not stored.
      const mismatch = await raw(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', extensions: apq('{ somethingElse }') }),
      });
      expect(mismatch.status).toBe(400);
      expect(codes(mismatch)).toEqual(['BAD_REQUEST']);
      expect(codes(await get(t, { extensions: apq('{ somethingElse }') }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    } finally {
      await t.close();
    }
  });

  test('in Redis: a second hub sharing REDIS_URL sees the query the first registered', async () => {
    const prefix = `hub-test-${process.pid}-${Date.now()}:`;
    const shared = { rateLimit: { ...defaults.rateLimit, redisUrl: REDIS_URL, redisKeyPrefix: prefix } };
    const first = await startTestHub(shared);
    const second = await startTestHub(shared);
    try {
      await registerAndHit(first, `{ partnerships(first: 4) { totalCount } } # ${prefix}`, second);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('PERSISTED_QUERIES=off: hash-only requests are refused as Apollo does', async () => {
    const t = await startTestHub(caching({ persistedQueries: 'off' }));
    try {
      const r = await get(t, { extensions: apq(PUBLIC_QUERY) });
      expect(codes(r)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    } finally {
      await t.close();
    }
  });
});

describe('trusted documents (PERSISTED_QUERIES=only)', () => {
  let t: TestHub;
  const manifest = JSON.parse(readFileSync(defaults.caching.manifestFile, 'utf8')) as PersistedQueryManifest;
  const listed = manifest.operations.find((o) => o.type === 'query')!;
  beforeAll(async () => {
    t = await startTestHub(caching({ persistedQueries: 'only' }));
  });
  afterAll(() => t.close());

  test('the committed manifest lists the example documents by their sha256', () => {
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.operations.length).toBeGreaterThan(0);
    for (const o of manifest.operations) expect(o.id).toBe(sha256(o.body));
  });

  test('a listed document runs by hash alone (no registration), over GET and POST, and in full', async () => {
    const byHash = await get(t, { extensions: apq(listed.body) });
    expect(byHash.status).toBe(200);
    expect(byHash.body?.errors).toBeUndefined();
    expect(Object.values(byHash.body?.data ?? {}).some((value) => value !== null)).toBe(true);
    const inFull = await postQuery(t.url, listed.body);
    expect(inFull.body?.errors).toBeUndefined();
    expect(inFull.body?.data).toEqual(byHash.body?.data);
  });

  test('a document not in the manifest is refused with PERSISTED_QUERY_NOT_IN_LIST (400), sent in full or registered through APQ', async () => {
    const query = '{ partnerships(first: 1) { totalCount } }';
    const inFull = await postQuery(t.url, query);
    expect(inFull.status).toBe(400);
    expect(codes(inFull)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(inFull.body?.data).toBeUndefined();

    const register = await raw(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: apq(query) }),
    });
    expect(register.status).toBe(400);
    expect(codes(register)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    // Nothing was stored by the refused registration.
    const byHash = await get(t, { extensions: apq(query) });
    expect(codes(byHash)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});
