import { MikroORM, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';

export interface OrmOptions {
  /** Every entity class: the composition root (app-entities.ts) lists them. */
  entities: NonNullable<Options['entities']>;
  url: string;
  poolSize: number;
  /** How long a statement waits for a pool connection (DB_ACQUIRE_TIMEOUT_MS; default 10 s). */
  acquireTimeoutMs?: number;
  /** PostgreSQL schema to use instead of public (tests give each file its own). */
  schema?: string;
  /** Receives every SQL statement MikroORM logs (tests count them). */
  onQuery?: (sql: string) => void;
  /** Receives every statement with its parameters before it runs (tests EXPLAIN what the hub ran). */
  onStatement?: (sql: string, params: readonly unknown[]) => void;
  /**
   * PostgreSQL statement_timeout (ms) of every connection of this ORM: the server cancels a longer
   * statement (SQLSTATE 57014). Set by the hub for request traffic; the CLI (migrate, seed) leaves it unset.
   */
  statementTimeoutMs?: number;
  /** knex's own warnings (a pooled connection lost: "Connection Error: ..."); without it knex prints them with console.log. */
  onDriverWarning?: (message: string) => void;
  /** Read replicas (postgresql:// URLs): the read connections (src/db/read-routing.ts). */
  replicaUrls?: readonly string[];
}

/**
 * MikroORM replica options: it takes host, port, user, password and database from a clientUrl
 * and drops its query string, so an `application_name` there (how an operator tells the pools
 * apart in pg_stat_activity) is passed on as a connection option.
 */
function replicas(urls: readonly string[] = []) {
  return urls.map((clientUrl, i) => {
    const applicationName = new URL(clientUrl).searchParams.get('application_name');
    return {
      name: `replica-${i + 1}`,
      clientUrl,
      ...(applicationName ? { driverOptions: { connection: { application_name: applicationName } } } : {}),
    };
  });
}

/** MikroORM options shared by the server, the seed and migration scripts, and the tests. */
export function ormOptions(options: OrmOptions): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    entities: options.entities,
    extensions: [Migrator],
    // Each request forks its own EntityManager; touching the global one is a bug, so it throws.
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolSize },
    // A DATABASE_URL naming a database that does not exist is a mistake to report, not to "fix".
    ensureDatabase: false,
    ...(options.schema ? { schema: options.schema } : {}),
    // Only the request reads routed in read-routing.ts go to a replica: MikroORM's own finds serve
    // the write paths (services, the importer), which must see what they just wrote.
    ...(options.replicaUrls?.length ? { replicas: replicas(options.replicaUrls), preferReadReplicas: false } : {}),
    driverOptions: {
      // An unreachable server fails the start in seconds instead of hanging for a minute.
      acquireConnectionTimeout: options.acquireTimeoutMs ?? 10_000,
      ...(options.onDriverWarning
        ? { log: { warn: (m: unknown) => options.onDriverWarning!(String(m)), error: (m: unknown) => options.onDriverWarning!(String(m)), deprecate: () => undefined, debug: () => undefined } }
        : {}),
      connection: {
        // No JIT: the hub's statements are short, and PostgreSQL's cost estimate of a recursive CTE
        // (disclosure families) passes jit_above_cost, so each paid ~35 ms of compiling for ~2 ms of
        // work (measured with npm run bench). Generic plans for the named (prepared) statements, the
        // compiled reads: planning a detail page's statement took ~0.8 ms on every execution, more
        // than running it (~0.3 ms), as PostgreSQL's choice kept custom plans for `= any($1)`; the
        // other statements are unnamed or inline their values, so they are planned as before.
        // With a schema, search_path too: raw SQL and the migrations table land in the same schema.
        options: ['-c jit=off', '-c plan_cache_mode=force_generic_plan', ...(options.schema ? [`-c search_path=${options.schema}`] : [])].join(' '),
        // A startup parameter of each session: no extra round trip, no transaction held per request.
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    },
    migrations: {
      // The list is compiled in (migrations/index.ts): no folder scanning, identical under
      // ts-jest and in dist/. New migrations: `npm run db:migration:create`.
      migrationsList,
      pathTs: 'migrations',
      path: 'dist/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    schemaGenerator: { disableForeignKeys: false },
    debug: options.onQuery ? ['query'] : false,
    ...(options.onStatement
      ? {
          onQuery: (sql: string, params: readonly unknown[]) => {
            options.onStatement!(sql, params);
            return sql;
          },
        }
      : {}),
    logger: options.onQuery ?? (() => undefined),
    colors: false,
  };
}

export async function createOrm(options: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init(ormOptions(options));
}

/** Applies pending migrations and returns their names (the run path never uses schema sync). */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
