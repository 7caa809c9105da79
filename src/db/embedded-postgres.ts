import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** Connection URL for any PostgreSQL client (MikroORM, psql). */
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One hub per data folder: a second one would corrupt the files, so it is refused clearly. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'hub.pid');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && processAlive(holder)) {
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by process ${holder}; stop it or set DATA_DIR to another folder`,
      );
    }
    // Left behind by a hub that was killed: take it over.
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

/**
 * Starts PostgreSQL in this process (PGlite, PostgreSQL compiled to WebAssembly) and serves it on a
 * loopback port so MikroORM talks to it like to any server. No OS user, no binaries, and nothing
 * left running when the process dies. `dataDir` undefined keeps the database in memory (tests).
 *
 * PGlite has one backend: the socket server multiplexes connections onto it, so a transaction on
 * one connection holds the others until it ends. Code must never wait for a second connection
 * while it holds a transaction open.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  // PGlite ships ESM and CJS; loaded lazily so a hub with DATABASE_URL never loads the WASM module.
  const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer: ServerClass } = await import('@electric-sql/pglite-socket');
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    if (options.dataDir) mkdirSync(join(options.dataDir, 'pglite'), { recursive: true });
    db = options.dataDir ? new PGliteClass(join(options.dataDir, 'pglite')) : new PGliteClass();
    await db.waitReady;
    server = new ServerClass({ db, port: 0, host: '127.0.0.1', maxConnections: options.maxConnections + 2 });
    await server.start();
  } catch (e) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    unlock();
    throw e;
  }
  const [, port] = server.getServerConn().split(':');
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server!.stop();
      await db!.close();
      unlock();
    },
  };
}
