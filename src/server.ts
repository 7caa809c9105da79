/* Starts the hub: `npm start`. Everything is built in app.ts; this file only runs it. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createHub, HubStartError } from './app';
import { DataDirInUseError } from './db/embedded-postgres';

function fail(e: unknown): never {
  const expected = e instanceof ConfigError || e instanceof HubStartError || e instanceof DataDirInUseError;
  // One clear line for mistakes an operator can fix; the full error only for real bugs.
  console.error(`partnership-data-hub: ${expected ? (e as Error).message : e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
}

async function main() {
  const config = loadConfig();
  // Off by default. HUB_BENCH_IPC=1 in a forked child (npm run bench): count SQL statements and
  // answer the parent's questions (statements, memory) over the IPC channel; no HTTP surface.
  const bench = process.env.HUB_BENCH_IPC === '1' && process.send ? { statements: 0 } : undefined;
  const hub = await createHub({ config, onQuery: bench && ((m) => void (m.startsWith('[query]') && bench.statements++)) });
  const { url } = await hub.listen().catch(async (e) => {
    await hub.close();
    throw e;
  });
  if (bench) {
    process.on('message', (m: { type?: string }) => {
      if (m.type === 'statements') process.send!({ type: 'statements', statements: bench.statements });
      if (m.type === 'memory') process.send!({ type: 'memory', ...process.memoryUsage() });
    });
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    process.send!({ type: 'ready', url, databaseUrl: hub.database.url });
  }
  hub.logger.info({ url, database: hub.database.embedded ? `embedded (${config.dataDir})` : 'DATABASE_URL' }, `GraphiQL and API at ${url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      hub.logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    hub.logger.info(`${signal}: finishing requests and stopping`);
    hub.close().then(
      () => process.exit(0),
      (e) => {
        hub.logger.error({ err: e }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(fail);
