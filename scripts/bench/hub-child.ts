/*
 * The hub as the benchmark runs it: its own process (so the load generator's CPU is not its CPU),
 * production settings without a rate limit, a statement counter the parent reads over IPC.
 * Loads the data (seed + synthetic copies) on an empty database, creates an ADMIN key, then tells
 * the parent its port, key and database URL.
 */
import 'reflect-metadata';
import { Caller } from '../../src/access/caller';
import { Role } from '../../src/access/roles';
import { createHub } from '../../src/app';
import { loadConfig } from '../../src/config';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { ApiKeyService } from '../../src/modules/api-key/api-key.service';
import { ImportService } from '../../src/modules/import/import.service';
import { syntheticDataSet } from '../synthetic';

async function main() {
  const [url, partnershipsArg, exportRowsArg] = process.argv.slice(2);
  const partnerships = Number(partnershipsArg);
  const exportRows = Number(exportRowsArg);
  let statements = 0;
  const embedded = url === 'embedded' ? await startEmbeddedPostgres({ maxConnections: 12 }) : undefined;
  const database = embedded ? { url: embedded.url, embedded: true, stop: () => embedded.stop() } : { url, embedded: false, stop: async () => undefined };
  const config = { ...loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_REQUESTS: '0' }), port: 0, host: '127.0.0.1', dbPoolSize: 10 };
  const hub = await createHub({ config, database, onQuery: (m) => m.startsWith('[query]') && statements++ });
  const em = hub.orm.em.fork();
  const loadStarted = Date.now();
  if (partnerships > 5) await new ImportService(hub.orm.em.fork()).importDataSet(syntheticDataSet(partnerships - 5, undefined, { ownDocuments: true }));
  if (exportRows > 0) {
    // Extra figures for SEEM so the export streams `exportRows` rows; derived as any write is.
    await em.transactional(async (tx) => {
      await tx.execute('set local statement_timeout = 0');
      await tx.execute(
        `insert into indicator_observation (key, source_id, partnership_id, ordinal, metric_id, scope, nature, value, unit, qualifier, stated_as, sharing, created_at, updated_at)
         select 'bench-' || g, o.source_id, o.partnership_id, 1000 + g, o.metric_id, 'PARTNERSHIP', 'REPORTED', g % 50, 'COUNT', 'EXACT', (g % 50)::text, 'PUBLIC', now(), now()
           from generate_series(1, ${Math.trunc(exportRows)}) g,
                (select source_id, partnership_id, metric_id from indicator_observation where key = 'people-interested-in-social-enterprise-reached' limit 1) o`,
      );
      const { AccessDerivation } = await import('../../src/access/derivation');
      const [{ id }] = await tx.execute<Array<{ id: number }>>(`select id from partnership where slug = 'seem'`);
      await new AccessDerivation(tx).refresh([id]);
    });
  }
  await em.execute('analyze');
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const { secret } = await new ApiKeyService(hub.orm.em.fork(), Caller.system('bench')).create({ name: 'bench admin', role: Role.ADMIN, partnerships: [] });
  const { port } = await hub.listen();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'statements') process.send!({ type: 'statements', statements });
    if (message.type === 'memory') process.send!({ type: 'memory', rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
    if (message.type === 'stop') void hub.close().then(() => process.exit(0));
  });
  process.send!({ type: 'ready', port, adminKey: secret, databaseUrl: database.url, loadSeconds });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
