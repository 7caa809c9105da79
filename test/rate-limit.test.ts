/**
 * Rate limiting (src/http/rate-limit.ts): a budget per API key (hash of the bearer token) or else
 * per client IP; 429 with Retry-After and a JSON error past it; in memory by default, shared by
 * every hub on the same Redis when REDIS_URL is set (two hubs here); Redis unreachable at start
 * stops the hub with one line, Redis lost later leaves each hub counting on its own.
 */
import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Request } from 'express';
import Redis from 'ioredis';
import { HubStartError } from '../src/app';
import { loadConfig, type RateLimitConfig } from '../src/config';
import { callerKey, clientAddress } from '../src/http/rate-limit';
import { Role } from '../src/access/roles';
import { Caller } from '../src/access/caller';
import { startTestHub, type TestHub } from './support/hub';
import { capturingLogger, postQuery, type RawResponse } from './support/http';
import { freePort } from './support/process';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const defaults = loadConfig({ NODE_ENV: 'test' });
const budget = (overrides: Partial<RateLimitConfig>): { rateLimit: RateLimitConfig } => ({ rateLimit: { ...defaults.rateLimit, ...overrides } });
const ask = (t: TestHub, headers: Record<string, string> = {}) => postQuery(t.url, '{ partnerships { totalCount } }', undefined, headers);

function expectLimited(r: RawResponse, limit: number, windowSeconds: number) {
  expect(r.status).toBe(429);
  const retryAfter = Number(r.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(r.body).toEqual({
    errors: [
      {
        message: `Too many requests: at most ${limit} every ${windowSeconds} s; retry in ${retryAfter} s`,
        extensions: { code: 'RATE_LIMITED', retryAfter, requestId: r.headers.get('x-request-id') },
      },
    ],
  });
}

describe('who a request counts against', () => {
  const request = (headers: Record<string, string>, ip = '203.0.113.7') => ({ get: (name: string) => headers[name.toLowerCase()], ip, socket: {} }) as unknown as Request;

  test('a valid API key counts by its public prefix, never its secret; anything else as the IP', () => {
    const caller = new Caller(Role.ANALYST, new Set(), 7, 'analyst', 'abcdefghijkl');
    expect(callerKey(request({ authorization: 'Bearer pdh_abcdefghijkl_secret' }), caller)).toEqual({ key: 'key:abcdefghijkl', keyed: true });
    // No caller with a key (anonymous, or a key identifyCaller refused): the client's IP.
    for (const header of ['Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'k'.repeat(5000)}`, 'Bearer forged']) {
      expect(callerKey(request({ authorization: header }), Caller.anonymous)).toEqual({ key: 'ip:203.0.113.7', keyed: false });
    }
  });

  test('IPv4 as is (also IPv4-mapped), IPv6 by its /64', () => {
    expect(clientAddress('::ffff:198.51.100.4')).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4')).toBe('198.51.100.4');
    expect(clientAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1')).toBe('0:0:0:0::/64');
  });
});

describe('in memory (no REDIS_URL)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub(budget({ anonymousRequests: 3, keyRequests: 5, windowSeconds: 60 }));
  });
  afterAll(() => t?.close());

  test('3 requests per IP are served with RateLimit headers; the 4th is 429 with Retry-After and a JSON error', async () => {
    for (const remaining of [2, 1, 0]) {
      const r = await ask(t);
      expect(r.status).toBe(200);
      expect(r.body?.data).toEqual({ partnerships: { totalCount: 5 } });
      expect([r.headers.get('ratelimit-limit'), r.headers.get('ratelimit-remaining')]).toEqual(['3', String(remaining)]);
    }
    expectLimited(await ask(t), 3, 60);
  });

  test('a forged X-Forwarded-For does not buy a new budget (TRUST_PROXY is off)', async () => {
    expectLimited(await ask(t, { 'x-forwarded-for': '198.51.100.99' }), 3, 60);
  });

  test('a request with an API key has its own budget, another key another', async () => {
    const one = { authorization: `Bearer ${await t.createKey(Role.ANALYST)}` };
    const two = { authorization: `Bearer ${await t.createKey(Role.ANALYST)}` };
    for (let i = 0; i < 5; i++) expect((await ask(t, one)).status).toBe(200);
    expectLimited(await ask(t, one), 5, 60);
    expect((await ask(t, two)).status).toBe(200);
  });

  test('invented keys buy nothing: they are refused (401) and charged to the IP', async () => {
    // This IP's anonymous budget (3) is spent by the tests above.
    const forged = await ask(t, { authorization: `Bearer pdh_abcdefghijkl_${'A'.repeat(43)}` });
    expectLimited(forged, 3, 60);
  });

  test('health checks and the GraphiQL page are not counted', async () => {
    expect((await fetch(`${t.origin}/health`)).status).toBe(200);
    expect((await fetch(t.url, { headers: { accept: 'text/html' } })).status).toBe(200);
  });
});

test('the budget comes back after the window', async () => {
  const t = await startTestHub(budget({ anonymousRequests: 1, windowSeconds: 1 }));
  try {
    expect((await ask(t)).status).toBe(200);
    expectLimited(await ask(t), 1, 1);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await ask(t)).status).toBe(200);
  } finally {
    await t.close();
  }
});

test('behind a trusted proxy (TRUST_PROXY=loopback) each forwarded client has its own budget', async () => {
  const t = await startTestHub({ ...budget({ anonymousRequests: 1 }), trustProxy: 'loopback' });
  try {
    expect((await ask(t, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await ask(t, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);
    expect((await ask(t, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200);
  } finally {
    await t.close();
  }
});

test('RATE_LIMIT_REQUESTS=0 turns rate limiting off', async () => {
  expect(loadConfig({ RATE_LIMIT_REQUESTS: '0' }).rateLimit.anonymousRequests).toBe(0);
  const t = await startTestHub(budget({ anonymousRequests: 0 }));
  try {
    for (let i = 0; i < 5; i++) {
      const r = await ask(t);
      expect(r.status).toBe(200);
      expect(r.headers.get('ratelimit-limit')).toBeNull();
    }
  } finally {
    await t.close();
  }
});

describe('shared through Redis', () => {
  const prefix = `hub-test-${randomBytes(6).toString('hex')}:`;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect().catch((e: Error) => {
      throw new Error(`These tests need Redis at ${REDIS_URL} (TEST_REDIS_URL): ${e.message}`);
    });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  test('two hubs on one Redis share each caller\'s budget: 4 on the first, the 5th on the second is 429', async () => {
    const config = { ...budget({ anonymousRequests: 4, keyRequests: 2, windowSeconds: 60, redisUrl: REDIS_URL, redisKeyPrefix: prefix }) };
    const [first, second] = await Promise.all([startTestHub(config), startTestHub(config)]);
    try {
      expect(first.url).not.toBe(second.url);
      for (let i = 0; i < 4; i++) expect((await ask(first)).status).toBe(200);
      expectLimited(await ask(second), 4, 60);
      expectLimited(await ask(first), 4, 60);

      // The same with an API key, which Redis knows only by its public prefix. Each test hub has
      // its own database, so the key is copied into the second one (in production they share one).
      const token = await first.createKey(Role.ANALYST);
      const [row] = await first.hub.orm.em.fork().getConnection().execute('select name, role, prefix, secret_hash from api_key where prefix = ?', [token.slice(4, 16)]);
      await second.hub.orm.em
        .fork()
        .getConnection()
        .execute(`insert into api_key (name, role, prefix, secret_hash, created_by) values (?, ?, ?, ?, 'test')`, [row.name, row.role, row.prefix, row.secret_hash]);
      expect((await ask(first, { authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await ask(second, { authorization: `Bearer ${token}` })).status).toBe(200);
      expectLimited(await ask(first, { authorization: `Bearer ${token}` }), 2, 60);
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.length).toBe(2);
      expect(keys.join(' ')).not.toContain(token.slice(17)); // never the secret
      expect(keys.sort()).toEqual([`${prefix}rl:ip:127.0.0.1`, `${prefix}rl:key:${token.slice(4, 16)}`]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  test('Redis unreachable at start: the hub does not start, and says why in one line', async () => {
    const port = await freePort(); // nothing listens there
    const started = startTestHub(budget({ redisUrl: `redis://:secret@127.0.0.1:${port}`, redisKeyPrefix: prefix }));
    await expect(started).rejects.toThrow(HubStartError);
    await expect(started).rejects.toThrow(`Cannot connect to Redis at 127.0.0.1:${port} (REDIS_URL): nothing is listening there (is Redis running?)`);
  });

  test('Redis lost while serving: each hub goes on counting on its own, and the log says so', async () => {
    // A TCP relay to Redis that the test can cut.
    const target = new URL(REDIS_URL);
    const sockets = new Set<Socket>();
    const relay: Server = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    const port = (relay.address() as { port: number }).port;
    const log = capturingLogger();
    const t = await startTestHub(budget({ anonymousRequests: 2, windowSeconds: 60, redisUrl: `redis://127.0.0.1:${port}`, redisKeyPrefix: `${prefix}lost:` }), { logger: log.logger });
    try {
      expect((await ask(t)).status).toBe(200);
      await new Promise<void>((r) => {
        relay.close(() => r());
        for (const s of sockets) s.destroy();
      });
      await new Promise((r) => setTimeout(r, 200));
      // Counted in the process now: still served up to the budget, then refused.
      expect((await ask(t)).status).toBe(200);
      expect((await ask(t)).status).toBe(200);
      expectLimited(await ask(t), 2, 60);
      expect(log.lines.some((l) => l.level === 40 && l.msg === 'Redis unreachable: rate limits are counted per hub instance until it is back')).toBe(true);
      expect(log.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
