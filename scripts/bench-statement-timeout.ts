/**
 * How to give request statements a timeout, measured: `npm run bench:statement-timeout`
 * (embedded PGlite; add DATABASE_URL=postgresql://... to measure a real server too).
 *
 * A. session: every pooled connection starts with `statement_timeout` (what the hub does); each
 *    statement borrows a connection and gives it back.
 * B. per-request transaction: `BEGIN READ ONLY; SET LOCAL statement_timeout`, all of a request's
 *    statements on one connection, `COMMIT`.
 *
 * A simulated request runs 6 statements one after another with 2 ms of resolver work between
 * them; 8 run at a time on a pool of 4. Printed: requests/s, latency p50/p95, the latency of a
 * health check sent during the load, and whether a 200 ms statement_timeout stops pg_sleep(1).
 */
import { Pool, type PoolClient } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

const REQUESTS = 200;
const CONCURRENCY = 8;
const POOL = 4;
const STATEMENTS = 6;
const WORK_MS = 2;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function statement(client: Pool | PoolClient, i: number) {
  await client.query('select id, name from bench_item where id % 7 = $1 order by name limit 20', [i % 7]);
}

const designs: Record<string, (pool: Pool) => Promise<void>> = {
  'A session statement_timeout': async (pool) => {
    for (let i = 0; i < STATEMENTS; i++) {
      await statement(pool, i);
      await sleep(WORK_MS);
    }
  },
  'B per-request read-only transaction': async (pool) => {
    const client = await pool.connect();
    try {
      await client.query('begin read only');
      await client.query('set local statement_timeout = 5000');
      for (let i = 0; i < STATEMENTS; i++) {
        await statement(client, i);
        await sleep(WORK_MS);
      }
      await client.query('commit');
    } finally {
      client.release();
    }
  },
};

async function run(label: string, url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: POOL, statement_timeout: 5000 });
  await pool.query('create table if not exists bench_item (id int primary key, name text not null)');
  await pool.query("insert into bench_item select g, 'item ' || g from generate_series(1, 2000) g on conflict do nothing");

  const probe = new Pool({ connectionString: url, max: 1, statement_timeout: 200 });
  const started = Date.now();
  let cancelled = false;
  try {
    await probe.query('select pg_sleep(1)');
  } catch (e) {
    cancelled = (e as { code?: string }).code === '57014';
  }
  console.log(`\n${label}: statement_timeout 200 ms ${cancelled ? 'cancels' : 'does NOT cancel'} pg_sleep(1) (returned after ${Date.now() - started} ms)`);

  for (const [name, request] of Object.entries(designs)) {
    const latencies: number[] = [];
    const health: number[] = [];
    let next = 0;
    let running = true;
    const healthLoop = (async () => {
      while (running) {
        const t = performance.now();
        await probe.query('select 1');
        health.push(performance.now() - t);
        await sleep(10);
      }
    })();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next++;
          const t = performance.now();
          await request(pool);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    running = false;
    await healthLoop;
    console.log(
      `  ${name.padEnd(38)} ${(REQUESTS / seconds).toFixed(0).padStart(5)} req/s  p50 ${percentile(latencies, 0.5).toFixed(1).padStart(6)} ms  p95 ${percentile(latencies, 0.95).toFixed(1).padStart(6)} ms  health p95 ${percentile(health, 0.95).toFixed(1).padStart(6)} ms`,
    );
  }
  await pool.query('drop table bench_item');
  await Promise.all([pool.end(), probe.end()]);
}

async function main() {
  const embedded = await startEmbeddedPostgres({ maxConnections: POOL + 2 });
  try {
    await run('embedded PGlite', embedded.url);
  } finally {
    await embedded.stop();
  }
  if (process.env.DATABASE_URL) await run('PostgreSQL (DATABASE_URL)', process.env.DATABASE_URL);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
