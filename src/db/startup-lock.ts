import { Client } from 'pg';

/**
 * Serialises the start-up work of hubs sharing one database (migrations, the threshold, the seed,
 * re-derivation): instances started together would otherwise run the same migration twice (one
 * fails, or both block on each other's DDL) and both seed an empty database. A session-level
 * PostgreSQL advisory lock on a connection of its own, outside the pool: a pool of one stays free
 * for the work, and the lock goes with the connection if the process dies. Per schema, so hubs on
 * other schemas of the database (tests) do not wait for each other.
 */
export async function acquireStartupLock(url: string, schema = 'public'): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const key = `partnership-data-hub:startup:${schema}`;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }
  return async () => {
    try {
      await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
    } finally {
      await client.end();
    }
  };
}
