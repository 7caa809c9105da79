import { createHub, type Hub, type HubOptions } from '../../src/app';
import { loadConfig, type HubConfig } from '../../src/config';
import type { DatabaseServer } from '../../src/db/database';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyService } from '../../src/modules/api-key/api-key.service';
import type { Role } from '../../src/access/roles';
import { Caller } from '../../src/access/caller';
import { GraphQLClient } from './graphql-client';
import { fileDatabase } from './databases';

export interface TestHub {
  hub: Hub;
  url: string;
  /** Base URL without /graphql. */
  origin: string;
  client: GraphQLClient;
  sql: SqlRecorder;
  /** A client sending a fresh API key of this role (editors: for these partnership slugs). */
  clientAs(role: Role, partnerships?: string[]): Promise<GraphQLClient>;
  /** Creates an API key directly (as the CLI does) and returns its secret. */
  createKey(role: Role, partnerships?: string[], expiresAt?: Date | null): Promise<string>;
  close(): Promise<void>;
}

/**
 * Records the SQL statements the hub runs while a test asks (`during`), so tests can assert how
 * many a request needs. Nothing is kept otherwise: a test streaming 100,000 rows must not hold
 * every statement it caused in the heap it measures.
 */
export class SqlRecorder {
  statements: string[] = [];
  /** The statements with their parameters, as run (for EXPLAIN), from the last `during`. */
  executed: Array<{ sql: string; params: readonly unknown[] }> = [];
  private recording = false;
  record = (message: string) => {
    if (this.recording && message.startsWith('[query]')) this.statements.push(message.replace(/^\[query\]\s*/, ''));
  };
  recordStatement = (sql: string, params: readonly unknown[]) => {
    if (this.recording) this.executed.push({ sql, params });
  };
  reset() {
    this.statements = [];
    this.executed = [];
  }
  get count() {
    return this.statements.length;
  }
  /** Runs `fn` and returns the statements it caused. */
  async during(fn: () => Promise<unknown>): Promise<string[]> {
    this.reset();
    this.recording = true;
    try {
      await fn();
    } finally {
      this.recording = false;
    }
    return [...this.statements];
  }
}

/**
 * The database a test file gets: with TEST_DATABASE_URL, a database of its own on that server
 * (dropped on close); without, an in-memory embedded PostgreSQL of its own.
 */
async function testDatabase(): Promise<{ database: DatabaseServer; schema?: string }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return fileDatabase(url);
  const db = await startEmbeddedPostgres({ maxConnections: 8 });
  return { database: { url: db.url, embedded: true, stop: () => db.stop() } };
}

export async function startTestHub(
  overrides: Partial<HubConfig> = {},
  options: Pick<HubOptions, 'logger' | 'beforeRequest'> & { replicaUrls?: (databaseUrl: string) => string[] } = {},
): Promise<TestHub> {
  const { database, schema } = await testDatabase();
  const { replicaUrls, ...hubOptions } = options;
  return startHubOn(database, schema, { ...overrides, ...(replicaUrls ? { databaseReplicaUrls: replicaUrls(database.url) } : {}) }, hubOptions);
}

/**
 * Several hubs on ONE test database (scale-out): on PostgreSQL started together, as a deployment
 * would start them. Only the first stops the database: close the others first.
 */
export async function startTestHubs(count: number, overrides: Partial<HubConfig> = {}): Promise<TestHub[]> {
  const { database, schema } = await testDatabase();
  const shared: DatabaseServer = { ...database, stop: async () => undefined };
  const start = (i: number) => startHubOn(i === 0 ? database : shared, schema, overrides, {});
  // The embedded database serves one hub in production (no start-up lock there): one after the other.
  if (database.embedded) {
    const hubs: TestHub[] = [];
    for (let i = 0; i < count; i++) hubs.push(await start(i));
    return hubs;
  }
  return Promise.all(Array.from({ length: count }, (_, i) => start(i)));
}

async function startHubOn(
  database: DatabaseServer,
  schema: string | undefined,
  overrides: Partial<HubConfig>,
  options: Pick<HubOptions, 'logger' | 'beforeRequest'>,
): Promise<TestHub> {
  const config: HubConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    databaseUrl: database.url,
    host: '127.0.0.1',
    port: 0,
    dbPoolSize: 4,
    ...overrides,
  };
  const sql = new SqlRecorder();
  const hub = await createHub({ config, database, dbSchema: schema, onQuery: sql.record, onStatement: sql.recordStatement, ...options });
  const { port } = await hub.listen();
  const origin = `http://127.0.0.1:${port}`;
  let keys = 0;
  const createKey = async (role: Role, partnerships: string[] = [], expiresAt: Date | null = null) => {
    const service = new ApiKeyService(hub.orm.em.fork() as EntityManager, Caller.system('test'));
    const { secret } = await service.create({ name: `test ${role.toLowerCase()} ${++keys}`, role, partnerships, expiresAt });
    return secret;
  };
  return {
    createKey,
    clientAs: async (role, partnerships) =>
      new GraphQLClient(`${origin}/graphql`, { authorization: `Bearer ${await createKey(role, partnerships)}` }),
    hub,
    url: `${origin}/graphql`,
    origin,
    client: new GraphQLClient(`${origin}/graphql`),
    sql,
    close: () => hub.close(),
  };
}
