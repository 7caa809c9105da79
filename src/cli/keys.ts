/*
 * npm run keys -- create --role <ROLE> [--partnership <slug> ...] --name <name> [--expires <date>]
 * npm run keys -- list
 * npm run keys -- revoke <prefix>
 *
 * Manages API keys directly in the database (DATABASE_URL, else the embedded one in DATA_DIR,
 * which must not be in use by a running hub). Creating and revoking are audited as "cli".
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { openDatabaseServer } from '../db/database';
import { DataDirInUseError } from '../db/embedded-postgres';
import { createOrm, migrate } from '../db/orm';
import { HubError } from '../errors';
import { ApiKeyService } from '../modules/api-key/api-key.service';
import { Role } from '../access/roles';
import { Caller } from '../access/caller';
import { entities } from '../app-entities';

const USAGE = `usage:
  npm run keys -- create --role <${Object.values(Role).filter((r) => r !== Role.PUBLIC).join('|')}> --name <name> [--partnership <slug> ...] [--expires <YYYY-MM-DD>]
  npm run keys -- list
  npm run keys -- revoke <prefix>`;

class UsageError extends Error {}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      partnership: { type: 'string', multiple: true },
      expires: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) throw new UsageError('');
  if (!['create', 'list', 'revoke'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  let create: Parameters<ApiKeyService['create']>[0] | undefined;
  if (command === 'create') {
    const role = values.role?.toUpperCase() as Role | undefined;
    if (!role || !Object.values(Role).includes(role)) throw new UsageError('--role is one of ' + Object.values(Role).join(', '));
    if (!values.name) throw new UsageError('--name is required');
    const expiresAt = values.expires ? new Date(values.expires) : null;
    if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new UsageError(`--expires "${values.expires}" is not a date`);
    create = { role, name: values.name, partnerships: values.partnership ?? [], expiresAt };
  }
  if (command === 'revoke' && !target) throw new UsageError('revoke needs the key prefix (see `list`)');

  const config = loadConfig();
  const db = await openDatabaseServer(config);
  const orm = await createOrm({ entities, url: db.url, poolSize: 2 });
  try {
    await migrate(orm);
    const keys = new ApiKeyService(orm.em.fork(), Caller.system('cli'));
    if (create) {
      const { secret, apiKey } = await keys.create(create);
      console.log(`created ${apiKey.role} key "${apiKey.name}" (prefix ${apiKey.prefix})`);
      console.log(`\n  ${secret}\n\nThis is the only time the key is shown. Send it as "Authorization: Bearer <key>".`);
    } else if (command === 'list') {
      for (const k of await keys.list()) {
        const status = k.revokedAt ? 'revoked' : k.expiresAt && k.expiresAt.getTime() <= Date.now() ? 'expired' : 'active';
        const scope = k.partnerships.getItems().map((p) => p.slug).join(',');
        console.log([k.prefix, k.role, status, JSON.stringify(k.name), scope, k.expiresAt?.toISOString() ?? ''].join('\t'));
      }
    } else {
      const apiKey = await keys.revoke(target!);
      console.log(`revoked key ${apiKey.prefix} ("${apiKey.name}")`);
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((e) => {
  if (e instanceof UsageError) {
    if (e.message) console.error(`keys: ${e.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  const expected = e instanceof HubError || e instanceof ConfigError || e instanceof DataDirInUseError;
  console.error(`keys: ${expected ? e.message : (e?.stack ?? e)}`);
  process.exit(1);
});
