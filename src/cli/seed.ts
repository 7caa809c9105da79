/*
 * npm run db:seed — applies pending migrations, then loads data/ (reference data and one
 * interchange file per partnership) through the importer. Unchanged files are skipped, so running
 * it twice changes nothing. `--force` re-imports every file (still no write when nothing differs).
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { openDatabaseServer } from '../db/database';
import { createOrm, migrate } from '../db/orm';
import { readDataSet } from '../modules/import/data-files';
import { ImportService } from '../modules/import/import.service';
import { entities } from '../app-entities';

async function main() {
  const config = loadConfig();
  const force = process.argv.includes('--force');
  const data = readDataSet();
  const db = await openDatabaseServer(config);
  const orm = await createOrm({ entities, url: db.url, poolSize: 2 });
  try {
    const applied = await migrate(orm);
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    const results = await new ImportService(orm.em.fork()).importDataSet(data, { force });
    for (const r of results) {
      console.log(`${r.skipped ? 'unchanged' : 'imported '} ${r.file} (${r.partnership})`);
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
