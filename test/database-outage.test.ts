/**
 * Issue 12 point 8: while PostgreSQL is unreachable, GraphQL (POST and GET) and the exports answer
 * 503 DATABASE_UNAVAILABLE with Retry-After (not 200 with a masked internal error), /ready says
 * not ready, and once the database is back the same hub serves again. The hub talks to its
 * database through a TCP proxy the test cuts (listener closed, every proxied socket destroyed)
 * and restores. Real PostgreSQL (or PGlite), real HTTP.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { createHub, type Hub } from '../src/app';
import { Role } from '../src/access/roles';
import { Caller } from '../src/access/caller';
import { loadConfig } from '../src/config';
import type { DatabaseServer } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { databaseUnavailable } from '../src/db/unavailable';
import { ApiKeyService } from '../src/modules/api-key/api-key.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileDatabase } from './support/databases';
import { capturingLogger, codes, leaksIn, postQuery, raw, type RawResponse } from './support/http';

const HOOK_MS = 120_000;
// The pool gives up on a connection after this; every request during the outage is answered within it plus a margin.
const ACQUIRE_MS = 1_500;
const ANSWER_WITHIN_MS = ACQUIRE_MS + 3_000;

/** A TCP proxy to the database that can be cut (nothing listens, live connections dropped) and restored on the same port. */
class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** Accept connections but never forward them: a network partition, where connecting hangs instead of failing. */
  stalled = false;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      if (this.stalled) {
        this.sockets.add(client);
        client.on('close', () => this.sockets.delete(client));
        client.on('error', () => client.destroy());
        return;
      }
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await closed;
  }
}

let database: DatabaseServer;
let proxy: CuttableProxy;
let hub: Hub;
let origin: string;
let key: string;
const log = capturingLogger('info');

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    database = (await fileDatabase(process.env.TEST_DATABASE_URL)).database;
  } else {
    const db = await startEmbeddedPostgres({ maxConnections: 8 });
    database = { url: db.url, embedded: true, stop: () => db.stop() };
  }
  const target = new URL(database.url);
  proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const proxied = new URL(database.url);
  proxied.port = String(proxy.port);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    databaseUrl: proxied.toString(),
    host: '127.0.0.1',
    port: 0,
    dbPoolSize: 2,
    dbAcquireTimeoutMs: ACQUIRE_MS,
  };
  // The hub owns the proxied "server"; the real one is stopped by afterAll after the hub.
  hub = await createHub({ config, logger: log.logger, database: { url: proxied.toString(), embedded: database.embedded, stop: async () => undefined } });
  origin = `http://127.0.0.1:${(await hub.listen()).port}`;
  key = (await new ApiKeyService(hub.orm.em.fork() as EntityManager, Caller.system('test')).create({ name: 'outage', role: Role.ADMIN, partnerships: [], expiresAt: null })).secret;
}, HOOK_MS);

afterAll(async () => {
  await hub?.close();
  await proxy?.cut();
  await database?.stop();
}, HOOK_MS);

const QUERY = '{ partnerships(first: 2) { edges { node { slug } } } }';
const getQuery = () => raw(`${origin}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { accept: 'application/json' } });

/** Runs the request and fails when it takes longer than the bound (a hang is the bug this guards against). */
async function timed(request: () => Promise<RawResponse>): Promise<RawResponse> {
  const started = Date.now();
  const response = await request();
  expect(Date.now() - started).toBeLessThan(ANSWER_WITHIN_MS);
  return response;
}

function expectUnavailable(r: RawResponse): void {
  expect(r.status).toBe(503);
  expect(r.headers.get('retry-after')).toBe('5');
  expect(r.headers.get('content-type')).toMatch(/json/);
  expect(codes(r).length).toBeGreaterThan(0);
  expect(new Set(codes(r))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
  expect(r.body?.errors?.[0]?.message).toBe('The database is unavailable right now; retry after a few seconds');
  expect(r.body?.errors?.[0]?.extensions?.requestId).toEqual(r.headers.get('x-request-id'));
  expect(leaksIn(r.text)).toEqual([]);
}

test('the classifier tells a lost database from a bad statement', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  expect(databaseUnavailable(refused)).toBe(true);
  expect(databaseUnavailable({ originalError: { cause: refused } })).toBe(true);
  expect(databaseUnavailable(new AggregateError([refused], ''))).toBe(true);
  expect(databaseUnavailable({ code: '08006', message: 'connection failure' })).toBe(true);
  expect(databaseUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
  expect(databaseUnavailable(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'))).toBe(true);
  expect(databaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  // A wrong statement, a statement timeout (QUERY_TIMEOUT) and a unique violation are not outages.
  expect(databaseUnavailable({ code: '42601', message: 'syntax error at or near "selec"' })).toBe(false);
  expect(databaseUnavailable({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(false);
  expect(databaseUnavailable({ code: '23505', message: 'duplicate key value' })).toBe(false);
  expect(databaseUnavailable(undefined)).toBe(false);
});

describe('PostgreSQL goes away and comes back (issue 12 point 8)', () => {
  test('while it answers: 200 with data, /ready 200', async () => {
    const r = await postQuery(`${origin}/graphql`, QUERY);
    expect(r.status).toBe(200);
    expect(r.body?.errors).toBeUndefined();
    expect((r.body?.data?.partnerships as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
    expect((await raw(`${origin}/ready`)).status).toBe(200);
  });

  test('cut: GraphQL POST and GET, a signed-in caller and the exports get 503 DATABASE_UNAVAILABLE with Retry-After, bounded in time', async () => {
    await proxy.cut();
    const before = log.lines.length;
    expectUnavailable(await timed(() => postQuery(`${origin}/graphql`, QUERY)));
    expectUnavailable(await timed(getQuery));
    // With a key the caller is identified from the database before GraphQL: the HTTP error handler answers.
    expectUnavailable(await timed(() => postQuery(`${origin}/graphql`, QUERY, undefined, { authorization: `Bearer ${key}` })));
    for (const path of ['/export/observations.csv', '/export/observations.ndjson', '/export/metadata.json']) {
      expectUnavailable(await timed(() => raw(`${origin}${path}`)));
    }
    // An outage is logged as a warning per request, not as an internal error (no one must fix the code).
    const during = log.lines.slice(before);
    expect(during.filter((l) => l.msg === 'database unavailable').length).toBeGreaterThanOrEqual(6);
    expect(during.filter((l) => (l.level as number) >= 50)).toEqual([]);
  }, 60_000);

  test('cut: /ready answers 503 database unreachable, /health stays 200 (the process is alive)', async () => {
    const ready = await timed(() => raw(`${origin}/ready`));
    expect(ready.status).toBe(503);
    // The reason depends on how the cut shows (a timeout, or a refused connection); it never carries connection details.
    expect(ready.body).toEqual({ status: 'database unreachable', reason: expect.stringMatching(/^(no answer from the database within \d+ ms|the database check failed \(the log has the cause\))$/) });
    expect((await raw(`${origin}/health`)).status).toBe(200);
  }, 30_000);

  test('restored on the same port: the same hub serves 200 again without a restart', async () => {
    await proxy.start();
    // The pool drops the connections it lost and opens new ones on the next request.
    let r: RawResponse | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      r = await postQuery(`${origin}/graphql`, QUERY);
      if (r.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(r?.status).toBe(200);
    expect(r?.body?.errors).toBeUndefined();
    expect((r?.body?.data?.partnerships as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
    expect((await getQuery()).status).toBe(200);
    expect((await postQuery(`${origin}/graphql`, QUERY, undefined, { authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await raw(`${origin}/export/metadata.json`)).status).toBe(200);
    expect((await raw(`${origin}/ready`)).status).toBe(200);
  }, 30_000);

  test('stalled (connections hang, nothing answers): requests get 503 once the pool stops waiting, not a hang', async () => {
    await proxy.cut();
    proxy.stalled = true;
    await proxy.start();
    expectUnavailable(await timed(() => postQuery(`${origin}/graphql`, QUERY)));
    expectUnavailable(await timed(() => raw(`${origin}/export/metadata.json`)));
    expect((await timed(() => raw(`${origin}/ready`))).status).toBe(503);
    await proxy.cut();
    proxy.stalled = false;
    await proxy.start();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await postQuery(`${origin}/graphql`, QUERY)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  }, 60_000);

  test('close() returns in bounded time with the database cut again (a dead pool does not hang shutdown)', async () => {
    await postQuery(`${origin}/graphql`, QUERY); // connections in the pool
    await proxy.cut();
    const started = Date.now();
    await hub.close();
    expect(Date.now() - started).toBeLessThan(ANSWER_WITHIN_MS + 2_000);
  }, 30_000);
});
