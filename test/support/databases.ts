import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseServer } from '../../src/db/database';

/**
 * With TEST_DATABASE_URL every test file gets a database of its own on that server, dropped when
 * the file ends. Not a schema of a shared database: MikroORM's migrator lists the tables of every
 * schema of its database when a hub starts, so two dozen files' schemas made that slow enough to
 * hit the statement timeout, and a schema dropped by the other worker at that moment failed the
 * listing ("schema ... does not exist"). Where the role may not create databases, a schema of the
 * given database is used instead.
 */
export async function fileDatabase(url: string): Promise<{ database: DatabaseServer; schema?: string }> {
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = await connectCreating(url);
  try {
    await admin.query(`create database "${name}" template template0`);
  } catch (e) {
    if ((e as { code?: string }).code !== '42501') throw e; // insufficient privilege: fall back to a schema
    await admin.query(`create schema "${name}"`);
    return {
      schema: name,
      database: { url, embedded: false, stop: () => run(url, `drop schema if exists "${name}" cascade`) },
    };
  } finally {
    await admin.end();
  }
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { database: { url: own.toString(), embedded: false, stop: () => run(url, `drop database if exists "${name}" with (force)`) } };
}

/** Connects to the given database, creating it first (from the server's `postgres` database) when absent. */
async function connectCreating(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (e) {
    if ((e as { code?: string }).code !== '3D000') throw e; // anything but "database does not exist"
    const maintenance = new URL(url);
    const wanted = decodeURIComponent(maintenance.pathname.slice(1));
    maintenance.pathname = '/postgres';
    await run(maintenance.toString(), `create database "${wanted.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
      // Created meanwhile by another worker (42P04, or 23505 when both got past the catalogue check).
      if (err.code !== '42P04' && err.code !== '23505') throw err;
    });
    const retry = new Client({ connectionString: url });
    await retry.connect();
    return retry;
  }
}

async function run(url: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
