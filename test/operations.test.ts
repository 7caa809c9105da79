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

describe('withheld values served (disclosure control) in /metrics', () => {
  let t: TestHub;
  beforeAll(async () => {
    // With 10, Bury's "9 employed" is small too, so a comparison cell is withheld (comparison.test.ts).
    t = await startTestHub({ smallCountThreshold: 10 });
  });
  afterAll(() => t.close());

  const WITHHELD = 'hub_withheld_values_served_total';
  const scrape = async () => parseMetrics((await raw(`${t.origin}/metrics`)).text);
  /** Runs `fn` and returns how much each route's withheld counter moved. */
  const moved = async (fn: () => Promise<unknown>) => {
    const before = await scrape();
    await fn();
    const after = await scrape();
    const delta = (route: string) => (after.get(`${WITHHELD}{route=${route}}`) ?? 0) - (before.get(`${WITHHELD}{route=${route}}`) ?? 0);
    return { graphql: delta('graphql'), export: delta('export') };
  };

  test('an anonymous GraphQL answer adds the number of withheld values it carries; an owner\'s answer adds none', async () => {
    const query = '{ partnership(slug: "bury-est") { observations { value suppressed } } }';
    let observations: Array<{ value: number | null; suppressed: boolean }> = [];
    const anonymous = await moved(async () => {
      observations = (await t.client.data<{ partnership: { observations: typeof observations } }, object>(query)).partnership.observations;
    });
    const withheld = observations.filter((o) => o.suppressed);
    expect(withheld.length).toBeGreaterThanOrEqual(2); // Bury's small counts and the figures protecting them
    expect(withheld.every((o) => o.value === null)).toBe(true);
    expect(anonymous).toEqual({ graphql: withheld.length, export: 0 });

    // The values were not asked for: none served.
    expect(await moved(() => t.client.data('{ partnership(slug: "bury-est") { observations { suppressed } } }'))).toEqual({ graphql: 0, export: 0 });
    const owner = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
    expect(await moved(() => owner.data(query))).toEqual({ graphql: 0, export: 0 });
  });

  test('the same count under graphql-js and the per-field loaders (no JIT, no compiled reads)', async () => {
    const plain = await startTestHub({ smallCountThreshold: 10, graphqlJit: false, compiledReads: false });
    try {
      const query = '{ partnership(slug: "bury-est") { observations { value suppressed } } }';
      const before = parseMetrics((await raw(`${plain.origin}/metrics`)).text).get(`${WITHHELD}{route=graphql}`) ?? 0;
      const { partnership } = await plain.client.data<{ partnership: { observations: Array<{ suppressed: boolean }> } }, object>(query);
      const after = parseMetrics((await raw(`${plain.origin}/metrics`)).text).get(`${WITHHELD}{route=graphql}`) ?? 0;
      const withheld = partnership.observations.filter((o) => o.suppressed).length;
      expect(withheld).toBeGreaterThanOrEqual(2);
      expect(after - before).toBe(withheld);
    } finally {
      await plain.close();
    }
  });

  test('a comparison cell withheld from the caller counts as a withheld value', async () => {
    let cells: Array<{ status: string }> = [];
    const counted = await moved(async () => {
      const { comparison } = await t.client.data<{ comparison: { rows: Array<{ cells: typeof cells }> } }, object>(
        '{ comparison(indicators: ["esf.cr04", "hub.employment-rate"], partnerships: ["bury-est"]) { rows { cells { status value } } } }',
      );
      cells = comparison.rows.flatMap((r) => r.cells);
    });
    const suppressed = cells.filter((c) => c.status === 'SUPPRESSED').length;
    expect(suppressed).toBeGreaterThanOrEqual(1);
    expect(counted.graphql).toBe(suppressed);
  });

  test('the observationExport field adds the withheld rows of its page', async () => {
    let rows: Array<{ suppressed: boolean }> = [];
    const counted = await moved(async () => {
      rows = (
        await t.client.data<{ observationExport: { rows: typeof rows } }, object>(
          '{ observationExport(partnerships: ["bury-est"], first: 100) { rows { value suppressed } } }',
        )
      ).observationExport.rows;
    });
    expect(rows.filter((r) => r.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(counted).toEqual({ graphql: rows.filter((r) => r.suppressed).length, export: 0 });
  });

  test('CSV, SDMX-CSV and NDJSON exports add the withheld rows they hold', async () => {
    let csv = '';
    const fromCsv = await moved(async () => {
      csv = (await raw(`${t.origin}/export/observations.csv?partnership=bury-est`)).text;
    });
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    const columns = header.split(',');
    // suppressed and suppression_reason are adjacent unquoted columns: a withheld row reads ",true,SMALL_COUNTS,".
    expect(columns.indexOf('suppression_reason')).toBe(columns.indexOf('suppressed') + 1);
    const withheldRows = lines.filter((l) => /,true,SMALL_COUNTS,/.test(l)).length;
    expect(withheldRows).toBeGreaterThanOrEqual(2);
    expect(fromCsv).toEqual({ graphql: 0, export: withheldRows });

    let sdmx = '';
    const fromSdmx = await moved(async () => {
      sdmx = (await raw(`${t.origin}/export/observations.sdmx.csv?partnership=bury-est`)).text;
    });
    expect(sdmx.split('\r\n').filter((l) => /,C(,|$)/.test(l) && l.includes(',Q,')).length).toBe(withheldRows);
    expect(fromSdmx).toEqual({ graphql: 0, export: withheldRows });

    let ndjson = '';
    const fromNdjson = await moved(async () => {
      ndjson = (await raw(`${t.origin}/export/observations.ndjson?partnership=bury-est`)).text;
    });
    const rows = ndjson.trim().split('\n').map((l) => JSON.parse(l) as { suppressed: boolean });
    expect(rows.filter((r) => r.suppressed)).toHaveLength(withheldRows);
    expect(fromNdjson).toEqual({ graphql: 0, export: withheldRows });
  });
});

describe('readiness: database reachable, migrations current', () => {
  let t: TestHub;
  beforeAll(async () => {
    // One connection, so a test can hold it; a short readiness timeout.
    t = await startTestHub({ dbPoolSize: 1, readyTimeoutMs: 300 });
  });
  afterAll(() => t.close());

  test('a migration the database has not applied: 503 naming it; applied again: ready', async () => {
    const em = t.hub.orm.em.fork();
    const table = t.hub.orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
    const [last] = await em.execute<Array<{ id: number; name: string; executed_at: Date }>>(`select id, name, executed_at from ${table} order by id desc limit 1`);
    await em.execute(`delete from ${table} where id = ${last.id}`);
    try {
      const ready = await raw(`${t.origin}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'migrations pending', pending: 1, migrations: [last.name.replace(/\.[jt]s$/, '')] });
    } finally {
      await em.execute(`insert into ${table} (id, name, executed_at) values (?, ?, ?)`, [last.id, last.name, last.executed_at]);
    }
    expect((await raw(`${t.origin}/ready`)).status).toBe(200);
  });

  test('a database that does not answer within READY_TIMEOUT_MS: 503 database unreachable, in about that time', async () => {
    // The pool's only connection held by an open transaction: the check cannot get one.
    const knex = t.hub.orm.em.getConnection().getKnex();
    const trx = await knex.transaction();
    try {
      const started = Date.now();
      const ready = await raw(`${t.origin}/ready`);
      const ms = Date.now() - started;
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'database unreachable', reason: 'no answer from the database within 300 ms' });
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(3000);
    } finally {
      await trx.rollback();
    }
    expect((await raw(`${t.origin}/ready`)).body).toEqual({ status: 'ready' });
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
