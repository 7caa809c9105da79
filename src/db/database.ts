import type { HubConfig } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  url: string;
  /** True when this process runs the database (PGlite) itself. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL's server when set, else the embedded PostgreSQL with its data in DATA_DIR. */
export async function openDatabaseServer(config: Pick<HubConfig, 'databaseUrl' | 'dataDir' | 'dbPoolSize'>): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const db = await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: config.dbPoolSize });
  return { url: db.url, embedded: true, stop: () => db.stop() };
}
