/*
 * npm run import -- --profile-page <page.txt> [--slug <slug>] [--as-of <YYYY-MM-DD>]
 *
 * Parses an EQUAL profile page (as `npm run -s profile:parse` does) and imports it as a new
 * partnership through the seed's import path, into DATABASE_URL or the embedded database in
 * DATA_DIR (which must not be in use by a running hub). What the page does not state, or could not
 * be placed, is reported on stderr, for the partnership's editors to complete.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { openDatabaseServer } from '../db/database';
import { DataDirInUseError } from '../db/embedded-postgres';
import { createOrm, migrate } from '../db/orm';
import { entities } from '../app-entities';
import { InterchangeError } from '../modules/import/interchange.validate';
import { ProfilePageError } from '../modules/import/profile-page.parser';
import { profilePageReport, readProfilePage } from '../modules/import/profile-page.files';
import { importProfilePage } from '../modules/import/profile-page.import';

const USAGE = 'usage: npm run import -- --profile-page <page.txt> [--slug <slug>] [--as-of <YYYY-MM-DD>]';

class UsageError extends Error {}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'profile-page': { type: 'string' }, slug: { type: 'string' }, 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  // Bulk import of interchange files (issue 11 point 4) is not this command's yet: say so rather than ignore them.
  if (positionals.length) throw new UsageError(`only --profile-page is supported; unexpected ${positionals.join(' ')}`);
  if (!values['profile-page']) throw new UsageError('--profile-page <page.txt> is required');
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of "${asOf}" is not a YYYY-MM-DD date`);

  // npm runs scripts in the project folder; a relative path means the caller's folder.
  const page = readProfilePage(resolve(process.env.INIT_CWD ?? process.cwd(), values['profile-page']), { slug: values.slug, asOf });
  for (const line of profilePageReport(page)) console.error(line);

  const config = loadConfig();
  const db = await openDatabaseServer(config);
  const orm = await createOrm({ entities, url: db.url, poolSize: 2 });
  try {
    await migrate(orm);
    const result = await importProfilePage(orm.em.fork(), page);
    const counts = Object.entries(result.counts).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');
    console.log(`imported ${result.file} as partnership "${result.partnership}" (${counts})`);
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((e) => {
  if (e instanceof UsageError) console.error(`${e.message ? `${e.message}\n` : ''}${USAGE}`);
  else if (e instanceof ProfilePageError || e instanceof ConfigError || e instanceof DataDirInUseError) console.error(`import: ${e.message}`);
  else if (e instanceof InterchangeError) console.error(`import: the document read from the page is not valid: ${e.message}`);
  else console.error(e);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
