/*
 * npm run data:synthetic -- --partnerships N
 *
 * Fills the hub's database (DATABASE_URL, else the embedded one in DATA_DIR) with N partnerships:
 * the five seed files, then N-5 synthetic copies (scripts/synthetic.ts: each with its own source
 * documents, metrics and slug; deterministic: copy i is always the same). Everything goes through
 * the importer, so who sees what and the search index are derived exactly as for real data.
 * Running it again changes nothing (unchanged files are skipped).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { entities } from '../src/app-entities';
import { ConfigError, loadConfig } from '../src/config';
import { openDatabaseServer } from '../src/db/database';
import { createOrm, migrate } from '../src/db/orm';
import { readDataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import { syntheticDataSet } from './synthetic';

async function main() {
  const { values } = parseArgs({ options: { partnerships: { type: 'string', default: '50' } } });
  const total = Number(values.partnerships);
  if (!Number.isInteger(total) || total < 5) throw new ConfigError('--partnerships must be a whole number of at least 5 (the seed has 5)');
  const config = loadConfig();
  const db = await openDatabaseServer(config);
  const orm = await createOrm({ entities, url: db.url, poolSize: 2 });
  try {
    await migrate(orm);
    const started = Date.now();
    const seed = readDataSet();
    await new ImportService(orm.em.fork()).importDataSet(seed);
    const results = await new ImportService(orm.em.fork()).importDataSet(syntheticDataSet(total - 5, seed, { ownDocuments: true }));
    const imported = results.filter((r) => !r.skipped).length;
    console.log(`${total} partnerships (${imported} synthetic imported, ${results.length - imported} unchanged) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
