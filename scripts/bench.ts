/*
 * npm run bench [-- --partnerships 2000 --seconds 10 --connections 10 --cases list,detail --json out.json --profile dir --quick]
 *
 * Read-path benchmark, hub against a baseline in the same run, on the same database:
 * - data first: `data:synthetic` (scripts/synthetic-sql.ts) in a child process, --partnerships N
 *   (seed + copies with their own documents) and --export-rows figures; an ADMIN key (keys CLI);
 * - the hub as it is run: `node dist/src/server.js` in a child process, production settings,
 *   RATE_LIMIT_REQUESTS=0, LOG_LEVEL=warn, HUB_BENCH_IPC=1 (it counts its SQL statements and
 *   answers over IPC: src/server.ts; off by default);
 * - the baseline in another (scripts/bench/baseline-child.ts): node:http + pg, one hand-written SQL
 *   statement per question, checked to give the same JSON as the hub's ADMIN answer first;
 * - load from this process with autocannon (bounded time and connections), callers anonymous and
 *   admin. Export: whole downloads of the CSV, rows/s against COPY TO STDOUT of the same rows.
 * Database: DATABASE_URL's server (a throwaway database, dropped after), else embedded PGlite.
 * Prints a table; --json FILE writes [{ case, caller, server, reqPerSec, p50Ms, p99Ms, sqlPerRequest }].
 * --quick (CI smoke): 20 partnerships, 1 s per measurement, 5,000 export rows; exits non-zero unless
 * every figure was measured and every answer matched. Figures, not a pass/fail test: see BENCHMARKS.md.
 * --node-flags "...": Node flags of the hub (default: those of `npm start`), to measure them.
 * --profile FILE: CPU profile of the hub child under load (--cpu-prof), summarised (self time, GC share).
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { CASES, type BenchCase } from './bench/cases';

interface Figure {
  case: string;
  caller: 'anonymous' | 'admin';
  server: 'hub' | 'baseline';
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  sqlPerRequest: number | null;
  peakRssMb?: number;
  heapGrowthMb?: number;
  rowsPerSec?: number;
}

type Message = { type: string; [key: string]: unknown };

const root = join(__dirname, '..', '..');

function waitReady(child: ChildProcess, what: string): Promise<Message> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`${what} exited with ${code} before it was ready`));
    child.once('exit', exited);
    child.on('message', function ready(m: Message) {
      if (m.type === 'ready') {
        child.off('message', ready);
        child.off('exit', exited);
        resolve(m);
      }
    });
  });
}

function start(script: string, args: string[], execArgv: string[] = []): Promise<{ child: ChildProcess; ready: Message }> {
  const child = fork(join(__dirname, 'bench', script), args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return waitReady(child, script).then((ready) => ({ child, ready }));
}

function ask(child: ChildProcess, type: string): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (m: Message) => {
      if (m.type === type) {
        child.off('message', listener);
        resolve(m);
      }
    };
    child.on('message', listener);
    child.send({ type });
  });
}

async function createDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`create database "${name}" template template0`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { url: own.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

/** The Node flags of package.json's `start` script (`node <flags> dist/src/server.js`). */
function startFlags(): string {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const match = /\bnode((?: --[^\s]+)*) dist\/src\/server\.js/.exec(start);
  if (!match) throw new Error(`package.json's start script does not run "node [flags] dist/src/server.js": ${start}`);
  return match[1].trim();
}

async function main() {
  const { values } = parseArgs({
    options: {
      partnerships: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string', default: '10' },
      cases: { type: 'string' },
      json: { type: 'string' },
      profile: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'export-rows': { type: 'string' },
      quick: { type: 'boolean', default: false },
      'node-flags': { type: 'string' },
    },
  });
  const quick = values.quick!;
  const partnerships = Number(values.partnerships ?? (quick ? 20 : 2000));
  const seconds = Number(values.seconds ?? (quick ? 1 : 10));
  const connections = Number(values.connections);
  const exportRows = Number(values['export-rows'] ?? (quick ? 5000 : 200_000));
  const wanted = values.cases ? values.cases.split(',') : CASES.map((c) => c.name);
  const cases = CASES.filter((c) => wanted.includes(c.name));

  // The hub runs with the Node flags `npm start` gives it, unless told otherwise (to measure them).
  const nodeFlags = (values['node-flags'] ?? startFlags()).split(' ').filter(Boolean);
  console.log(`hub node flags: ${nodeFlags.join(' ') || '(none)'}`);
  const server = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : undefined;
  const dataDir = server ? undefined : mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const profileDir = values.profile ? mkdtempSync(join(tmpdir(), 'hub-bench-profile-')) : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir, DATABASE_URL: '' }),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_REQUESTS: '0',
    REDIS_URL: '',
  };
  console.log(`loading ${partnerships} partnerships (+ figures up to ${exportRows} export rows) on ${server ? 'DATABASE_URL (throwaway database)' : 'embedded PGlite'} ...`);
  const loadStarted = Date.now();
  execFileSync(process.execPath, [join(root, 'dist', 'scripts', 'data-synthetic.js'), '--partnerships', String(partnerships), '--export-rows', String(exportRows), '--seed', values.seed!], { env, stdio: 'inherit' });
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const keyOutput = execFileSync(process.execPath, [join(root, 'dist', 'src', 'cli', 'keys.js'), 'create', '--role', 'ADMIN', '--name', 'bench admin'], { env, encoding: 'utf8' });
  const adminKey = keyOutput.split('\n').map((l) => l.trim()).find((l) => l.length > 20 && !l.includes(' '));
  if (!adminKey) throw new Error(`no key in the keys CLI's output: ${keyOutput}`);
  const hubChild = fork(join(root, 'dist', 'src', 'server.js'), [], {
    env: { ...env, HUB_BENCH_IPC: '1', PORT: '0', HOST: '127.0.0.1', DB_POOL_SIZE: '10' },
    execArgv: [...nodeFlags, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const hub = { child: hubChild, ready: await waitReady(hubChild, 'the hub (dist/src/server.js)') };
  const port = Number(new URL(hub.ready.url as string).port);
  const databaseUrl = hub.ready.databaseUrl as string;
  console.log(`data loaded in ${loadSeconds.toFixed(1)} s; hub on port ${port}`);
  // PGlite's socket takes the hub's pool + 2 connections: the baseline gets those 2.
  const baseline = await start('baseline-child.js', [databaseUrl, server ? '10' : '2', server ? 'prepared' : 'plain']);
  const baselinePort = baseline.ready.port as number;
  const hubUrl = `http://127.0.0.1:${port}`;
  const figures: Figure[] = [];
  const problems: string[] = [];

  const headersFor = (caller: 'anonymous' | 'admin') => ({
    'content-type': 'application/json',
    ...(caller === 'admin' ? { authorization: `Bearer ${adminKey}` } : {}),
  });
  const hubRequest = (c: BenchCase, caller: 'anonymous' | 'admin') =>
    c.path
      ? { url: `${hubUrl}${c.path}`, method: 'GET' as const, headers: headersFor(caller) }
      : { url: `${hubUrl}/graphql`, method: 'POST' as const, headers: headersFor(caller), body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }) };

  try {
    for (const c of cases) {
      // The answers first: the hub's must be complete, and the baseline's the same JSON.
      const admin = hubRequest(c, 'admin');
      const hubAnswer = await (await fetch(admin.url, { method: admin.method, headers: admin.headers, body: admin.body })).text();
      if (!c.path && (JSON.parse(hubAnswer) as { errors?: unknown }).errors) problems.push(`${c.name}: the hub answered with errors ${hubAnswer.slice(0, 300)}`);
      if (c.baselineSql) {
        const baselineAnswer = await (await fetch(`http://127.0.0.1:${baselinePort}/${c.name}`)).text();
        let same = false;
        try {
          same = c.path
            ? // The same bytes but for the record ends: COPY writes LF, the hub CRLF (RFC 4180).
              baselineAnswer === hubAnswer.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')
            : isDeepStrictEqual(JSON.parse(baselineAnswer), JSON.parse(hubAnswer));
        } catch {
          problems.push(`${c.name}: the baseline failed: ${baselineAnswer.slice(0, 300)}`);
        }
        if (!same) {
          problems.push(`${c.name}: the baseline's answer differs from the hub's ADMIN answer`);
          if (process.env.BENCH_DEBUG) writeFileSync(`/tmp/bench-${c.name}.json`, JSON.stringify({ hub: hubAnswer, baseline: baselineAnswer }));
        }
      }

      if (c.path) {
        const rows = hubAnswer.trim().split('\n').length - 1;
        const download = async (url: string, headers: Record<string, string>) => {
          const started = performance.now();
          const text = await (await fetch(url, { headers })).text();
          return { ms: performance.now() - started, bytes: text.length };
        };
        for (const caller of ['anonymous', 'admin'] as const) {
          const before = (await ask(hub.child, 'memory')) as unknown as { heapUsed: number; rss: number };
          const statementsBefore = (await ask(hub.child, 'statements')).statements as number;
          let peak = before.heapUsed;
          let peakRss = before.rss;
          const sampler = setInterval(() => void ask(hub.child, 'memory').then((m) => ((peak = Math.max(peak, m.heapUsed as number)), (peakRss = Math.max(peakRss, m.rss as number)))), 100);
          const times: number[] = [];
          const until = Date.now() + seconds * 1000;
          do times.push((await download(`${hubUrl}${c.path}`, headersFor(caller))).ms);
          while (Date.now() < until);
          clearInterval(sampler);
          const statements = ((await ask(hub.child, 'statements')).statements as number) - statementsBefore;
          times.sort((a, b) => a - b);
          const mean = times.reduce((a, b) => a + b, 0) / times.length;
          figures.push({
            case: c.name, caller, server: 'hub', reqPerSec: 1000 / mean, p50Ms: times[Math.floor(times.length / 2)], p99Ms: times[times.length - 1],
            sqlPerRequest: statements / times.length, rowsPerSec: rows / (mean / 1000), heapGrowthMb: (peak - before.heapUsed) / 1048576, peakRssMb: peakRss / 1048576,
          });
        }
        if (c.baselineSql) {
          const times: number[] = [];
          const until = Date.now() + seconds * 1000;
          do times.push((await download(`http://127.0.0.1:${baselinePort}/${c.name}`, {})).ms);
          while (Date.now() < until);
          times.sort((a, b) => a - b);
          const mean = times.reduce((a, b) => a + b, 0) / times.length;
          figures.push({ case: c.name, caller: 'admin', server: 'baseline', reqPerSec: 1000 / mean, p50Ms: times[Math.floor(times.length / 2)], p99Ms: times[times.length - 1], sqlPerRequest: 1, rowsPerSec: rows / (mean / 1000) });
        }
        continue;
      }

      // Interleaved: hub as anonymous, the baseline, hub as admin (the machine's state drifts).
      // Answers slower than the duration (a heavy case in --quick) would leave no figure: two
      // requests, one at a time, instead. The same for hub and baseline, so their ratio holds.
      const load = async (request: autocannon.Options) => {
        const result = await autocannon({ ...request, connections, duration: seconds });
        const measured = result.requests.total ? result : await autocannon({ ...request, connections: 1, amount: 2, timeout: 120 });
        // Per-second samples average to 0 for a run shorter than a second: count over time then.
        if (!measured.requests.average && measured.duration > 0) measured.requests.average = measured.requests.total / measured.duration;
        return measured;
      };
      const measureHub = async (caller: 'anonymous' | 'admin') => {
        const statementsBefore = (await ask(hub.child, 'statements')).statements as number;
        let peakRss = 0;
        const sampler = setInterval(() => void ask(hub.child, 'memory').then((m) => (peakRss = Math.max(peakRss, m.rss as number))), 200);
        const result = await load(hubRequest(c, caller));
        clearInterval(sampler);
        const statements = ((await ask(hub.child, 'statements')).statements as number) - statementsBefore;
        if (result.non2xx || result.errors) problems.push(`${c.name} as ${caller}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
        figures.push({
          case: c.name, caller, server: 'hub', reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99,
          sqlPerRequest: result.requests.total ? statements / result.requests.total : NaN, peakRssMb: peakRss / 1048576,
        });
      };
      await measureHub('anonymous');
      if (c.baselineSql) {
        const result = await load({ url: `http://127.0.0.1:${baselinePort}/${c.name}` });
        if (result.non2xx || result.errors) problems.push(`${c.name} baseline: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
        figures.push({ case: c.name, caller: 'admin', server: 'baseline', reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, sqlPerRequest: 1 });
      }
      await measureHub('admin');
    }
  } finally {
    hub.child.kill('SIGTERM');
    baseline.child.send({ type: 'stop' });
    await Promise.all([hub.child, baseline.child].map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))));
    await server?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  if (profileDir && values.profile) {
    const [file] = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    if (!file) problems.push('the hub wrote no CPU profile');
    else {
      copyFileSync(join(profileDir, file), values.profile);
      rmSync(profileDir, { recursive: true, force: true });
      console.log(`\nCPU profile of the hub (whole run: start, load, every case) in ${values.profile}; self time, top 25:`);
      console.log(execFileSync(process.execPath, [join(root, 'scripts', 'profile-summary.js'), values.profile, '25'], { encoding: 'utf8' }));
      const profile = JSON.parse(readFileSync(values.profile, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string } }>; samples: number[]; timeDeltas: number[] };
      const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
      let all = 0;
      let gc = 0;
      let idle = 0;
      profile.samples.forEach((id, i) => {
        all += profile.timeDeltas[i];
        if (names.get(id) === '(garbage collector)') gc += profile.timeDeltas[i];
        if (names.get(id) === '(idle)') idle += profile.timeDeltas[i];
      });
      console.log(`GC: ${((gc / all) * 100).toFixed(1)}% of all samples, ${((gc / (all - idle)) * 100).toFixed(1)}% of busy (non-idle) time`);
    }
  }

  const n = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '-' : Number.isFinite(v) ? v.toFixed(digits) : 'NaN');
  console.log(`\n${partnerships} partnerships, ${server ? 'machine PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, ${connections} connections, ${seconds} s per measurement\n`);
  console.log(`data loaded in ${loadSeconds.toFixed(1)} s; export: req/s = whole CSV downloads per second, one at a time`);
  console.log('| case | caller | server | req/s | p50 ms | p99 ms | SQL/request | peak RSS MB | hub/baseline | rows/s | heap growth MB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const f of figures) {
    const base = figures.find((b) => b.case === f.case && b.server === 'baseline');
    const ratio = f.server === 'hub' && base ? `${(f.reqPerSec / base.reqPerSec).toFixed(2)}x` : '-';
    console.log(
      `| ${f.case} | ${f.caller} | ${f.server} | ${n(f.reqPerSec)} | ${n(f.p50Ms)} | ${n(f.p99Ms)} | ${n(f.sqlPerRequest)} | ${n(f.peakRssMb, 0)} | ${ratio} | ${n(f.rowsPerSec, 0)} | ${n(f.heapGrowthMb)} |`,
    );
  }
  for (const c of cases.filter((c) => !c.baselineSql)) console.log(`(${c.name}: no hand-written baseline statement yet, hub figures only)`);
  if (values.json) {
    writeFileSync(values.json, JSON.stringify(figures.map(({ case: name, caller, server: s, reqPerSec, p50Ms, p99Ms, sqlPerRequest }) => ({ case: name, caller, server: s, reqPerSec, p50Ms, p99Ms, sqlPerRequest })), null, 2));
  }
  const unmeasured = figures.filter((f) => ![f.reqPerSec, f.p50Ms, f.p99Ms].every(Number.isFinite) || !(f.reqPerSec > 0) || (f.server === 'hub' && !Number.isFinite(f.sqlPerRequest ?? NaN)));
  const missing = cases.flatMap((c) => (['anonymous', 'admin'] as const).filter((caller) => !figures.some((f) => f.case === c.name && f.caller === caller)).map((caller) => `${c.name}/${caller}`));
  for (const p of [...problems, ...unmeasured.map((f) => `${f.case}/${f.caller}/${f.server}: a figure was not measured`), ...missing.map((m) => `${m}: not measured`)]) console.error(`PROBLEM ${p}`);
  if (problems.length || unmeasured.length || missing.length) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
