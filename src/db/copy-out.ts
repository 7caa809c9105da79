import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { connectionTypeOf } from './read-routing';

/** A pooled connection as knex hands it out: a pg Client, plus the mark knex's pool checks. */
type PooledClient = Client & { __knex__disposed?: unknown };

/**
 * Runs `COPY (...) TO STDOUT` on a connection of the pool and hands each chunk PostgreSQL sends
 * to `write`, which returns false when the reader is gone. Bytes flow from the server's socket to
 * the reader with backpressure (a slow reader pauses the server), so memory stays flat whatever
 * the size; nothing is parsed in Node.
 *
 * The statement runs under its own `statement_timeout` (a download may take longer than a query).
 * When the reader leaves early the rest of the COPY is read and dropped, which costs the server
 * at most the rest of one export, so the connection goes back to the pool in a clean state; only a
 * connection left in doubt (an error from the connection itself) is closed and never lent again.
 */
export async function copyOut(
  em: EntityManager,
  sql: string,
  options: { statementTimeoutMs: number; write: (chunk: Buffer) => Promise<boolean> | boolean },
): Promise<void> {
  // Exports read from a replica (src/db/read-routing.ts): picked once, so the COPY runs and is logged on the same one.
  const used = em.getConnection(connectionTypeOf(em));
  const client = used.getKnex().client;
  const connection = (await client.acquireConnection()) as PooledClient;
  let clean = false;
  try {
    await connection.query(`set statement_timeout = ${Math.max(0, Math.floor(options.statementTimeoutMs))}`);
    let reading = true;
    // Logged, timed and counted as every statement is (executeQuery: protected in MikroORM's types, public at run time).
    const logged = used as unknown as { executeQuery<T>(query: string, run: () => Promise<T>): Promise<T> };
    const text = (em.config.get('onQuery') as (sql: string, params: readonly unknown[]) => string)(sql, []);
    try {
      await logged.executeQuery(text, async () => {
        for await (const chunk of connection.query(copyTo(sql)) as AsyncIterable<Buffer>) {
          if (reading && !(await options.write(chunk))) reading = false;
        }
      });
    } finally {
      // After the COPY's end or its error response the connection is ready for the next statement.
      await connection.query('reset statement_timeout');
      clean = true;
    }
  } finally {
    if (!clean) {
      connection.__knex__disposed = 'COPY left the connection in doubt';
      await connection.end().catch(() => undefined);
    }
    await client.releaseConnection(connection);
  }
}
