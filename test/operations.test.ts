/**
 * Operations (issue 12 point 5): /health, /ready (fails during shutdown while in-flight requests
 * still finish), Prometheus /metrics, one info log line per request (never a key or personal data).
 */
import type { RequestHandler } from 'express';
import { loadConfig } from '../src/config';
import { Role } from '../src/access/roles';
import { startTestHub, type TestHub } from './support/hub';
import { capturingLogger, postQuery, raw } from './support/http';

/** Parses Prometheus text exposition: metric name + sorted labels -> value. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const labels = [...(match[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => `${k}=${v}`).sort();
    samples.set(`${match[1]}{${labels.join(',')}}`, Number(match[4]));
  }
  return samples;
}

const defaults = loadConfig({ NODE_ENV: 'test' });

describe('request log and metrics', () => {
  let t: TestHub;
  const log = capturingLogger('info');
  beforeAll(async () => {
    t = await startTestHub({ rateLimit: { ...defaults.rateLimit, anonymousRequests: 4, keyRequests: 100, windowSeconds: 60 } }, { logger: log.logger });
  });
  afterAll(() => t.close());

  test('one info line per request with operation, role, status, duration and request id; never the key or what the caller sent', async () => {
    const secret = await t.createKey(Role.ADMIN);
    const email = 'jane.doe@example.org';
    log.lines.length = 0;
    const r = await postQuery(t.url, 'query Overview($q: String!) { partnerships { totalCount } __type(name: $q) { name } }', { q: email }, {
      authorization: `Bearer ${secret}`,
      'x-request-id': 'req-log-1',
    });
    expect(r.status).toBe(200);
    const exported = await raw(`${t.origin}/export/observations.csv`, { headers: { authorization: `Bearer ${secret}`, 'x-request-id': 'req-log-2' } });
    const requestLines = log.lines.filter((l) => l.msg === 'request');
    expect(requestLines).toHaveLength(2);
    expect(requestLines[0]).toMatchObject({ level: 30, requestId: 'req-log-1', route: 'graphql', operation: 'Overview', role: 'ADMIN', status: 200, outcome: 'ok' });
    expect(typeof requestLines[0].ms).toBe('number');
    expect(requestLines[1]).toMatchObject({ level: 30, requestId: 'req-log-2', route: 'export', operation: 'export', role: 'ADMIN', status: exported.status });
    const text = JSON.stringify(log.lines);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(email);
  });

  test('/metrics counts requests by operation and outcome, latency, pool and rate-limit refusals', async () => {
    const before = parseMetrics((await raw(`${t.origin}/metrics`)).text);
    const anonymous = (query: string) => postQuery(t.url, query, undefined, { 'x-forwarded-for': '10.9.9.9' });
    expect((await anonymous('query Counted { partnerships { totalCount } }')).status).toBe(200);
    const failed = await anonymous('query Broken { partnerships { noSuchField } }');
    expect(failed.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await anonymous('query Counted { partnerships { totalCount } }')).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    const metrics = await raw(`${t.origin}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const after = parseMetrics(metrics.text);
    const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    const refused = statuses.filter((s) => s === 429).length;
    expect(delta('hub_requests_total{operation=Counted,outcome=ok,route=graphql}')).toBe(1 + statuses.filter((s) => s === 200).length);
    expect(delta('hub_requests_total{operation=Broken,outcome=error,route=graphql}')).toBe(1);
    expect(delta('hub_rate_limit_refusals_total{}')).toBe(refused);
    expect(delta('hub_request_duration_seconds_count{route=graphql}')).toBe(6);
    expect(after.get('hub_request_duration_seconds_bucket{le=+Inf,route=graphql}')).toBe(after.get('hub_request_duration_seconds_count{route=graphql}'));
    expect(after.get('hub_db_pool_connections{state=used}')).toBeGreaterThanOrEqual(0);
    expect((after.get('hub_db_pool_connections{state=free}') ?? -1) + (after.get('hub_db_pool_connections{state=used}') ?? 0)).toBeGreaterThanOrEqual(1);
  });

  test('operation names are a bounded label set: an odd name is counted as other', async () => {
    const secret = await t.createKey(Role.ADMIN);
    const name = `Odd_${'x'.repeat(100)}`;
    await postQuery(t.url, `query ${name} { partnerships { totalCount } }`, undefined, { authorization: `Bearer ${secret}` });
    const text = (await raw(`${t.origin}/metrics`)).text;
    expect(text).not.toContain(name);
    expect(parseMetrics(text).get('hub_requests_total{operation=other,outcome=ok,route=graphql}')).toBeGreaterThanOrEqual(1);
  });

  test('/health says the process is up; /ready that the database answers and migrations are current', async () => {
    expect((await raw(`${t.origin}/health`)).body).toEqual({ status: 'ok' });
    const ready = await raw(`${t.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });
});

describe('graceful shutdown', () => {
  test('/ready answers 503 while an in-flight request still completes with 200, then the server closes with a closing log line', async () => {
    const log = capturingLogger('info');
    let entered!: () => void;
    const held = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // Holds the marked request in flight until the test lets it go.
    const beforeRequest: RequestHandler = (req, _res, next) => {
      if (!req.get('x-test-hold')) return next();
      entered();
      void gate.then(() => next());
    };
    const t = await startTestHub({ shutdownGraceMs: 400 }, { logger: log.logger, beforeRequest });
    expect((await raw(`${t.origin}/ready`)).status).toBe(200);
    const inFlight = postQuery(t.url, '{ partnerships { totalCount } }', undefined, { 'x-test-hold': '1' });
    await held;
    const closed = t.close();
    const ready = await raw(`${t.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'draining' });
    // Past the grace period the server stops accepting; the held request is still in flight.
    await new Promise((r) => setTimeout(r, 600));
    await expect(fetch(`${t.origin}/health`)).rejects.toThrow();
    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body?.data).toEqual({ partnerships: { totalCount: 5 } });
    await closed;
    const closing = log.lines.filter((l) => String(l.msg).startsWith('stopped'));
    expect(closing).toHaveLength(1);
    expect(closing[0].level).toBe(30);
  });
});
