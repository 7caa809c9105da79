/**
 * `npm start` as a newcomer runs it: no DATABASE_URL, so the hub starts its embedded PostgreSQL
 * with data in DATA_DIR, migrates, seeds, serves, keeps its data across restarts (even after
 * SIGKILL) and stops cleanly. Mistakes an operator can fix end the process with one clear line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, processAlive, ROOT, runServer, waitUntilServing, type HubProcess } from './support/process';

let dataDir: string;
const running: HubProcess[] = [];

beforeAll(() => {
  // The test runs what `npm start` runs: the compiled server.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-'));
}, 120_000);

afterAll(async () => {
  for (const hub of running) if (hub.child.exitCode === null) hub.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<{ hub: HubProcess; port: number }> {
  const port = await freePort();
  const hub = runServer({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env });
  running.push(hub);
  await waitUntilServing(hub);
  return { hub, port };
}

async function totalCount(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ partnerships { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { partnerships: { totalCount: number } } };
  return body.data.partnerships.totalCount;
}

async function oneLineFailure(env: Record<string, string>): Promise<string> {
  const hub = runServer({ DATA_DIR: dataDir, ...env });
  running.push(hub);
  expect(await hub.exited).toBe(1);
  const lines = hub.stderr().trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('the embedded database path (no DATABASE_URL)', () => {
  let first: { hub: HubProcess; port: number };

  test('first start migrates, seeds the five partnerships and serves them', async () => {
    first = await start();
    expect(first.hub.stdout()).toContain('seeded 5 partnerships');
    expect(await totalCount(first.port)).toBe(5);
    const health = await fetch(`http://127.0.0.1:${first.port}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(existsSync(join(dataDir, 'pglite'))).toBe(true);
  });

  test('a second hub on the same data folder is refused while the first runs', async () => {
    const line = await oneLineFailure({ PORT: String(await freePort()) });
    expect(line).toBe(
      `partnership-data-hub: The embedded database in ${dataDir} is in use by process ${first.hub.child.pid}; stop it or set DATA_DIR to another folder`,
    );
  });

  test('SIGTERM stops it cleanly: exit 0, lock released, nothing left running', async () => {
    first.hub.child.kill('SIGTERM');
    expect(await first.hub.exited).toBe(0);
    expect(processAlive(first.hub.child.pid!)).toBe(false);
    expect(existsSync(join(dataDir, 'hub.pid'))).toBe(false);
    expect(first.hub.stdout()).toContain('SIGTERM: finishing requests and stopping');
  });

  test('a restart keeps the data: no second migration or seed', async () => {
    const again = await start();
    expect(await totalCount(again.port)).toBe(5);
    expect(again.hub.stdout()).not.toContain('seeded');
    expect(again.hub.stdout()).not.toContain('applied');
    again.hub.child.kill('SIGINT');
    expect(await again.hub.exited).toBe(0);
  });

  test('after SIGKILL the data survives and the stale lock is taken over', async () => {
    const killed = await start();
    killed.hub.child.kill('SIGKILL');
    await killed.hub.exited;
    expect(existsSync(join(dataDir, 'hub.pid'))).toBe(true);
    const revived = await start();
    expect(await totalCount(revived.port)).toBe(5);
    revived.hub.child.kill('SIGTERM');
    expect(await revived.hub.exited).toBe(0);
  });
});

describe('npm run keys: API keys from the command line', () => {
  const keys = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'keys.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const viewer = async (port: number, key: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ viewer { role apiKeyName partnerships { slug } } }' }),
    });
    return { status: response.status, body: (await response.json()) as { data?: { viewer: { role: string; apiKeyName: string; partnerships: { slug: string }[] } } } };
  };

  test('create prints the key once; the hub accepts it; revoke stops it', async () => {
    const created = keys('create', '--role', 'PARTNERSHIP_EDITOR', '--partnership', 'bury-est', '--name', 'Bury from CLI', '--expires', '2099-01-01');
    expect(created.status).toBe(0);
    const secret = /pdh_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/.exec(created.stdout)![0];
    const prefix = secret.slice(4, 16);

    const running = await start();
    const seen = await viewer(running.port, secret);
    expect(seen.body.data!.viewer).toEqual({ role: 'PARTNERSHIP_EDITOR', apiKeyName: 'Bury from CLI', partnerships: [{ slug: 'bury-est' }] });
    running.hub.child.kill('SIGTERM');
    expect(await running.hub.exited).toBe(0);

    const listed = keys('list');
    expect(listed.stdout).toContain(`${prefix}\tPARTNERSHIP_EDITOR\tactive\t"Bury from CLI"\tbury-est`);
    expect(listed.stdout).not.toContain(secret.slice(17));
    expect(keys('revoke', prefix)).toMatchObject({ status: 0, stdout: `revoked key ${prefix} ("Bury from CLI")\n` });
    expect(keys('list').stdout).toContain(`${prefix}\tPARTNERSHIP_EDITOR\trevoked`);

    const again = await start();
    expect((await viewer(again.port, secret)).status).toBe(401);
    again.hub.child.kill('SIGTERM');
    expect(await again.hub.exited).toBe(0);
  });

  test('mistakes get a clear message and a non-zero exit', () => {
    expect(keys('create', '--role', 'WIZARD', '--name', 'x')).toMatchObject({ status: 2, stderr: expect.stringContaining('keys: --role is one of') });
    expect(keys('create', '--role', 'PARTNERSHIP_EDITOR', '--name', 'x')).toMatchObject({
      status: 1,
      stderr: 'keys: A PARTNERSHIP_EDITOR key names the partnerships it may edit\n',
    });
    expect(keys('revoke', 'nosuchprefix')).toMatchObject({ status: 1, stderr: 'keys: No such API key\n' });
    expect(keys('frobnicate').status).toBe(2);
  });
});

describe('configuration mistakes end the process with one clear line', () => {
  test('a PORT that is not a number', async () => {
    expect(await oneLineFailure({ PORT: 'abc' })).toBe('partnership-data-hub: Invalid configuration: PORT must be a number (got "abc")');
  });

  test('a DATABASE_URL that is not a PostgreSQL URL', async () => {
    expect(await oneLineFailure({ DATABASE_URL: 'mysql://root:secret@db/x' })).toBe(
      'partnership-data-hub: Invalid configuration: DATABASE_URL must be a URL like postgresql://user:password@host:5432/database',
    );
  });

  test('an unreachable database', async () => {
    const port = await freePort(); // nothing listens there
    expect(await oneLineFailure({ DATABASE_URL: `postgresql://postgres:secret@127.0.0.1:${port}/hub` })).toBe(
      `partnership-data-hub: Cannot connect to the database at 127.0.0.1:${port}/hub: nothing is listening there (is PostgreSQL running?)`,
    );
  });

  test('an unreachable Redis (REDIS_URL)', async () => {
    const port = await freePort(); // nothing listens there
    expect(await oneLineFailure({ REDIS_URL: `redis://:secret@127.0.0.1:${port}`, LOG_LEVEL: 'silent' })).toBe(
      `partnership-data-hub: Cannot connect to Redis at 127.0.0.1:${port} (REDIS_URL): nothing is listening there (is Redis running?)`,
    );
  });

    test('a port already in use', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)));
    try {
      const line = await oneLineFailure({ PORT: String(port), LOG_LEVEL: 'silent' });
      expect(line).toBe(`partnership-data-hub: Port ${port} is already in use; stop what uses it or set PORT to a free port`);
    } finally {
      blocker.close();
    }
  });
});
