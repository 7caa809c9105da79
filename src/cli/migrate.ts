/* npm run db:migrate — applies pending migrations (npm start does this too). */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { openDatabaseServer } from '../db/database';
import { createOrm, migrate } from '../db/orm';
import { acquireStartupLock } from '../db/startup-lock';
import { entities } from '../app-entities';

async function main() {
  const config = loadConfig();
  const db = await openDatabaseServer(config);
  const orm = await createOrm({ entities, url: db.url, poolSize: 2 });
  // The same lock as a starting hub's (src/app.ts): never two migrators at once on one database.
  const release = db.embedded ? undefined : await acquireStartupLock(db.url);
  try {
    const applied = await migrate(orm);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  } finally {
    await release?.();
    await orm.close();
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
