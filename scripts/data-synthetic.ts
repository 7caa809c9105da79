/*
 * npm run data:synthetic -- --partnerships N [--seed S] [--export-rows R]
 *
 * Fills the hub's database (DATABASE_URL, else the embedded one in DATA_DIR) with N partnerships:
 * the five seed files through the normal importer, then N-5 synthetic copies made with set-based
 * SQL (scripts/synthetic-sql.ts: each copy with its own source documents, passages, metrics and
 * organisations; deterministic from the seed; about half with varied sharing levels and small
 * counts), then who sees what and the search index derived as the importer derives them.
 * --export-rows R adds figures until the database holds R (the bench's export case).
 * A database already holding N partnerships is left as it is.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { entities } from '../src/app-entities';
import { ConfigError, loadConfig } from '../src/config';
import { openDatabaseServer } from '../src/db/database';
import { createOrm, migrate } from '../src/db/orm';
import { readDataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import { AccessDerivation } from '../src/access/derivation';
import { fillSynthetic } from './synthetic-sql';

async function main() {
  const { values } = parseArgs({
    options: { partnerships: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' }, 'export-rows': { type: 'string', default: '0' } },
  });
  const total = Number(values.partnerships);
  const seed = Number(values.seed);
  const exportRows = Number(values['export-rows']);
  if (!Number.isInteger(total) || total < 5) throw new ConfigError('--partnerships must be a whole number of at least 5 (the seed has 5)');
  if (!Number.isInteger(seed)) throw new ConfigError('--seed must be a whole number');
  if (!Number.isInteger(exportRows) || exportRows < 0) throw new ConfigError('--export-rows must be a whole number');
  const config = loadConfig();
  const db = await openDatabaseServer(config);
  // Two derivation transactions at once on a real server (2 cores); PGlite has one backend.
  const concurrency = db.embedded ? 1 : 2;
  const orm = await createOrm({ entities, url: db.url, poolSize: concurrency + 1 });
  try {
    await migrate(orm);
    const started = Date.now();
    // As the hub does on start: the configured threshold, then the seed files through the importer.
    await new AccessDerivation(orm.em.fork()).setThreshold(config.smallCountThreshold);
    await new ImportService(orm.em.fork()).importDataSet(readDataSet());
    const seedSeconds = (Date.now() - started) / 1000;
    const result = await fillSynthetic(orm.em.fork(), { partnerships: total, seed, exportRows, concurrency, log: (m) => console.log(m) });
    console.log(
      `${total} partnerships (${result.created} synthetic, seed ${seed}${result.exportFigures ? `, +${result.exportFigures} export figures` : ''}) in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(seed import ${seedSeconds.toFixed(1)} s, copies ${result.seconds.copy.toFixed(1)} s, derivation ${result.seconds.derive.toFixed(1)} s)`,
    );
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
