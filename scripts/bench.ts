/*
 * npm run bench [-- --partnerships 50 --seconds 10 --concurrency 8]
 *
 * Read-path benchmark: starts the hub (DATABASE_URL's server in a throwaway schema, else an
 * in-memory embedded PostgreSQL), loads the seed data plus synthetic copies, then fires the
 * dashboard's nested query (every partnership with places, organisations, objectives, target
 * groups, projects and figures) over HTTP for a fixed time and prints throughput, latency
 * percentiles and SQL statements per request. Figures, not a pass/fail test.
 * `--profile out.cpuprofile` records a CPU profile of the load phase (open it in Chrome DevTools).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { createHub } from '../src/app';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ImportService } from '../src/modules/import/import.service';
import { syntheticDataSet } from './synthetic';

const QUERY = `query Dashboard($first: Int) { partnerships(first: $first) { totalCount edges { node {
  slug name places { name parent { name } } leadOrganisation { name }
  organisations { name } objectives { text source { quote } } targetGroups { label }
  projects { name partners { role organisation { name } } }
  observations { value statedAs metric { label } breakdown { breakdownCategory value } source { quote } }
} } } }`;

const post = (session: Session, method: string) =>
  new Promise<unknown>((resolve, reject) => session.post(method, (err, result) => (err ? reject(err) : resolve(result))));

async function main() {
  const { values } = parseArgs({
    options: {
      partnerships: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '8' },
      profile: { type: 'string' },
    },
  });
  const total = Number(values.partnerships);
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);

  const url = process.env.DATABASE_URL;
  let schema: string | undefined;
  let database;
  if (url) {
    schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    await admin.end();
    database = {
      url,
      embedded: false,
      stop: async () => {
        const c = new Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema "${schema}" cascade`);
        await c.end();
      },
    };
  } else {
    const db = await startEmbeddedPostgres({ maxConnections: 12 });
    database = { url: db.url, embedded: true, stop: () => db.stop() };
  }
  let statements = 0;
  // Production settings, but no rate limit: the benchmark is one client asking as fast as it can.
  const config = { ...loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_REQUESTS: '0' }), port: 0, host: '127.0.0.1', dbPoolSize: 10 };
  const hub = await createHub({ config, database, dbSchema: schema, onQuery: (m) => m.startsWith('[query]') && statements++ });
  try {
    if (total > 5) await new ImportService(hub.orm.em.fork()).importDataSet(syntheticDataSet(total - 5));
    const { port } = await hub.listen();
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    const body = JSON.stringify({ query: QUERY, variables: { first: Math.min(total, 100) } });
    const ask = async () => {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await response.json()) as { errors?: unknown; data?: { partnerships: { edges: unknown[] } } };
      if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors));
      return json.data.partnerships.edges.length;
    };
    const rows = await ask(); // warm-up, and a check the answer is complete
    const bytes = (await (await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()).length;
    for (let i = 0; i < 20; i++) await ask();
    statements = 0;
    const session = values.profile ? new Session() : undefined;
    if (session) {
      session.connect();
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.start');
    }
    const latencies: number[] = [];
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < until) {
          const started = performance.now();
          await ask();
          latencies.push(performance.now() - started);
        }
      }),
    );
    if (session) {
      const { profile } = (await post(session, 'Profiler.stop')) as { profile: unknown };
      writeFileSync(values.profile!, JSON.stringify(profile));
      console.log(`CPU profile of the load phase written to ${values.profile}`);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
    console.log(
      [
        `database:       ${database.embedded ? 'embedded PGlite (in-process)' : 'DATABASE_URL'}`,
        `data:           ${total} partnerships, ${rows} per response, ${(bytes / 1024).toFixed(0)} KiB of JSON`,
        `requests:       ${latencies.length} in ${seconds}s at concurrency ${concurrency}`,
        `throughput:     ${(latencies.length / seconds).toFixed(1)} req/s`,
        `latency ms:     p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${latencies[latencies.length - 1].toFixed(1)}`,
        `SQL statements: ${(statements / latencies.length).toFixed(1)} per request`,
      ].join('\n'),
    );
  } finally {
    await hub.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
