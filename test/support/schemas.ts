import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * With TEST_DATABASE_URL every test file gets a schema of its own on the shared server. They are
 * dropped once, after the whole run, not by each file as it ends: MikroORM's migrator lists the
 * tables of every schema when a hub starts, and a schema dropped by a file finishing on the other
 * worker at that moment made the listing fail ("schema ... does not exist").
 */
export const SCHEMA_PREFIX_VARIABLE = 'TEST_SCHEMA_PREFIX';

export function schemaPrefix(): string {
  return process.env[SCHEMA_PREFIX_VARIABLE] ?? 'test_';
}

export function newSchemaName(): string {
  return `${schemaPrefix()}${randomBytes(6).toString('hex')}`;
}

export async function dropRunSchemas(url: string, prefix: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ name: string }>(`select nspname as name from pg_namespace where starts_with(nspname, $1)`, [prefix]);
    for (const { name } of rows) await c.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await c.end();
  }
}

/** Jest globalSetup: a prefix for this run's schemas (workers inherit the environment). */
export async function setup(): Promise<void> {
  process.env[SCHEMA_PREFIX_VARIABLE] = `test_${randomBytes(3).toString('hex')}_`;
}

/** Jest globalTeardown: this run's schemas go. */
export async function teardown(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  const prefix = process.env[SCHEMA_PREFIX_VARIABLE];
  if (url && prefix) await dropRunSchemas(url, prefix);
}
