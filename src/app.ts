import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HubError, HubErrorCode } from './errors';
import { identifyCaller, refuseBadKeys } from './http/authenticate';
import { authenticate } from './modules/api-key/api-key.service';
import type { Caller } from './access/caller';
import type { HubConfig } from './config';
import { openDatabaseServer, type DatabaseServer } from './db/database';
import { createOrm, migrate } from './db/orm';
import { acquireStartupLock } from './db/startup-lock';
import { databaseUnavailable } from './db/unavailable';
import { examplesFile, graphiqlRouter, readExampleQueries } from './graphiql/graphiql';
import { createRequestContext, type HubContext, type RequestContextFactory } from './graphql/context';
import { GlobalIds } from './graphql/global-id';
import { buildHubSubgraphSchema } from './app-federation';
import { dashboardRouter } from './app-dashboard';
import { jitGateway } from './graphql/jit-executor';
import { primaryReadsPlugin } from './graphql/primary-reads';
import { nodeLoaders } from './app-node-types';
import { entities } from './app-entities';
import { hardenErrors, requestLimitsPlugin } from './graphql/limits';
import { connectRedis, createRateLimiter, RedisUnreachableError, type RateLimiter } from './http/rate-limit';
import { cacheControlPlugin } from './graphql/cache-policy';
import { createPersistedQueries } from './graphql/persisted-queries';
import { httpErrorHandler, requestBody } from './http/request-body';
import { requestScope } from './http/request-scope';
import { createObservability } from './http/observability';
import { corsPolicy, notFound, preventCookieCsrf, refuseAmbiguousCredentials, requireJsonBody, rootRedirect } from './http/http-edge';
import { createLogger, type Logger } from './logger';
import { readDataSet } from './modules/import/data-files';
import { ImportService } from './modules/import/import.service';
import { exportRouter } from './modules/export/export.routes';
import { sdmxRouter } from './modules/export/sdmx.routes';
import { Partnership } from './modules/partnership/partnership.entity';
import { SearchIndexService } from './modules/search/search-index.service';
import { AccessDerivation } from './access/derivation';

/** A failure to start that the operator can fix; its message is the whole story (no stack). */
export class HubStartError extends Error {
  override name = 'HubStartError';
}

export interface HubOptions {
  config: HubConfig;
  /** A database server already started (tests start an in-memory one); the hub stops it on close. */
  database?: DatabaseServer;
  /** PostgreSQL schema instead of public (each test file gets its own). */
  dbSchema?: string;
  /** Sees every SQL statement (tests count them per request). */
  onQuery?: (sql: string) => void;
  /** Sees every SQL statement with its parameters (tests EXPLAIN what the hub ran). */
  onStatement?: (sql: string, params: readonly unknown[]) => void;
  logger?: Logger;
  /** Runs first on every request (tests hold a request in flight with it). */
  beforeRequest?: express.RequestHandler;
}

export interface Hub {
  orm: MikroORM<PostgreSqlDriver>;
  database: DatabaseServer;
  logger: Logger;
  /** Starts serving HTTP on config.port (0 picks a free port). */
  listen(): Promise<{ url: string; port: number }>;
  /** Stops taking requests, lets running ones finish, closes the database. Safe to call twice. */
  close(): Promise<void>;
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`; // never the password
  } catch {
    return 'the configured database';
  }
}

/** One line an operator can act on, for the ways a database connection fails (never the password). */
function describeConnectionError(error: unknown, url: string): string {
  const where = describeUrl(url);
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case '3D000':
      return `The database at ${where} does not exist: create it (createdb ${where.split('/').pop()}) or fix DATABASE_URL`;
    case '28P01':
    case '28000':
      return `The database at ${where} refused the login: check the user and password in DATABASE_URL`;
    case 'ECONNREFUSED':
      return `Cannot connect to the database at ${where}: nothing is listening there (is PostgreSQL running?)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to the database at ${where}: the host name does not resolve`;
    default:
      return `Cannot connect to the database at ${where}: ${e.code ?? e.message ?? 'unknown error'}`;
  }
}

/**
 * The one place errors reach clients: a service's HubError keeps its message and code; anything
 * that is not an error we raised on purpose is masked (no stack, SQL or path reaches a client).
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HubError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  // Apollo's own 400s without a code ("provided sha does not match query"): the client's mistake, not ours.
  const status = error instanceof GraphQLError && error.extensions.code === undefined ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    return { ...formatted, extensions: { code: HubErrorCode.BAD_REQUEST } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** Adds the request id to every error (clients quote it; the log line has it) and logs real failures. */
function requestLoggingPlugin(logger: Logger): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (error.originalError instanceof HubError) continue; // expected: the client is told why
            // An outage, not a bug: one warning per request (the client got 503 DATABASE_UNAVAILABLE), as httpErrorHandler logs it.
            if (databaseUnavailable(error)) {
              logger.warn({ requestId: contextValue.requestId, operationName, err: error.originalError ?? error }, 'database unavailable');
              break;
            }
            const code = error.extensions?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              logger.error({ requestId: contextValue.requestId, operationName, err: error.originalError ?? error }, 'resolver failed');
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            }));
          }
          logger.debug(
            { requestId: contextValue.requestId, operationName, ms: Number(process.hrtime.bigint() - started) / 1e6 },
            'graphql request',
          );
        },
      };
    },
  };
}

/** Waits for `work` at most `ms`; past that, or on failure, `giveUp` is told why and the caller moves on. */
async function bounded(work: Promise<unknown>, ms: number, giveUp: (why: unknown) => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(() => resolve(giveUp(`not done after ${ms} ms`)), ms)));
  await Promise.race([work.then(() => undefined, giveUp), late]);
  clearTimeout(timer);
}

/** Loads the seed data set when the database holds no partnership (a newcomer's first start). */
async function seedIfEmpty(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Partnership, {})) > 0) return;
  const results = await new ImportService(em).importDataSet(readDataSet());
  logger.info({ files: results.map((r) => r.file) }, `seeded ${results.length} partnerships`);
}

/**
 * The composition root: database, ORM (migrated), seed, GraphQL schema, Apollo, HTTP routes.
 * HTTP -> context (EntityManager fork, loaders, request id) -> resolver -> loader -> PostgreSQL.
 */
export async function createHub(options: HubOptions): Promise<Hub> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config);
  const database = options.database ?? (await openDatabaseServer(config));
  let orm: MikroORM<PostgreSqlDriver> | undefined;
  let rateLimiter: RateLimiter | undefined;
  try {
    rateLimiter = await createRateLimiter(config.rateLimit, logger).catch((e) => {
      throw e instanceof RedisUnreachableError ? new HubStartError(e.message) : e;
    });
    try {
      const statementTimeoutMs = config.limits.queryTimeoutMs;
      orm = await createOrm({
        entities,
        url: database.url,
        poolSize: config.dbPoolSize,
        acquireTimeoutMs: config.dbAcquireTimeoutMs,
        onDriverWarning: (message) => logger.warn({ driver: message }, 'database connection problem'),
        schema: options.dbSchema,
        onQuery: options.onQuery,
        onStatement: options.onStatement,
        statementTimeoutMs,
        replicaUrls: config.databaseReplicaUrls,
      });
      const connection = await orm.checkConnection();
      if (!connection.ok) throw connection.error ?? new Error(connection.reason);
    } catch (e) {
      throw new HubStartError(describeConnectionError(e, database.url));
    }
    // Hubs started together on one database take turns (the embedded one serves a single hub).
    const releaseStartup = database.embedded ? undefined : await acquireStartupLock(database.url, options.dbSchema);
    try {
      const applied = await migrate(orm);
      if (applied.length) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
      // Decisions are stored with the threshold they were made with: a new one re-derives them all.
      await new AccessDerivation(orm.em.fork()).setThreshold(config.smallCountThreshold);
      if (config.seedOnStart) await seedIfEmpty(orm.em.fork(), logger);
      const rederived = await new AccessDerivation(orm.em.fork()).refreshStale();
      if (rederived) logger.info(`derived who sees what again for ${rederived} partnership(s)`);
      const reindexed = await new SearchIndexService(orm.em.fork()).refreshStale();
      if (reindexed) logger.info(`rebuilt the search index of ${reindexed} partnership(s)`);
    } finally {
      await releaseStartup?.();
    }
  } catch (e) {
    await orm?.close(true).catch(() => undefined);
    await rateLimiter?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw e;
  }
  const readyOrm = orm;
  const ids = await GlobalIds.load(readyOrm.em.fork() as EntityManager);
  const requestContext: RequestContextFactory = (caller, requestId) =>
    createRequestContext(
      // PGlite's socket serves every connection from one session: prepared names would collide there.
      { orm: readyOrm, ids, nodeTypes: nodeLoaders, compiledReads: config.compiledReads, preparedStatements: !database.embedded },
      caller,
      requestId,
    );
  const readyRateLimiter = rateLimiter;
  if (database.embedded && config.limits.queryTimeoutMs > 0) {
    logger.info('QUERY_TIMEOUT_MS is not enforced on the embedded database (PGlite ignores statement_timeout); set DATABASE_URL for that');
  }

  const app = express();
  app.disable('x-powered-by');
  // Only cacheable GraphQL answers get an ETag (a strong one, cacheControlPlugin); Express's weak one would tag every response.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const httpServer: Server = createServer(app);
  const observability = createObservability({ orm: readyOrm, logger, readyTimeoutMs: config.readyTimeoutMs });
  // Also a Federation 2 subgraph (_entities, _service): src/app-federation.ts.
  const schema = await buildHubSubgraphSchema();
  const persistedQueries = await createPersistedQueries(
    { mode: config.caching.persistedQueries, manifestFile: config.caching.manifestFile, redisUrl: config.rateLimit.redisUrl, keyPrefix: config.rateLimit.redisKeyPrefix },
    connectRedis,
  );
  const apollo = new ApolloServer<HubContext>({
    ...(config.graphqlJit ? { gateway: jitGateway(schema) } : { schema }),
    formatError: hardenErrors(formatError, { fieldSuggestions: config.fieldSuggestions, queryTimeoutMs: config.limits.queryTimeoutMs }),
    includeStacktraceInErrorResponses: false,
    // Gated per request by requestLimitsPlugin (config now; the caller's role can decide later).
    introspection: true,
    allowBatchedHttpRequests: false,
    // preventCookieCsrf (src/http/http-edge.ts) keeps the check only where a CSRF is possible.
    csrfPrevention: false,
    // APQ (PERSISTED_QUERIES=apq) or trusted documents only (=only, refused by its plugin below).
    persistedQueries: persistedQueries.apollo,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // server.ts owns the signals: it stops HTTP, Apollo, the ORM and the database in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Its per-field hook costs ~10% of a large nested query: cacheControlPlugin reads hints once per document.
      ApolloServerPluginCacheControlDisabled(),
      // As a subgraph Apollo would add per-field timing traces for any caller sending the ftv1 header.
      ApolloServerPluginInlineTraceDisabled(),
      ...persistedQueries.plugins,
      requestLoggingPlugin(logger),
      // Mutations and API-key administration read from the primary; other queries from a replica.
      primaryReadsPlugin(),
      observability.plugin,
      // Introspection: as configured for everyone (on in development), and always for signed-in partners.
      requestLimitsPlugin({ limits: config.limits, allowIntrospection: (ctx) => config.introspection || ctx.policy.caller.isAuthenticated, logger }),
      cacheControlPlugin({ defaultMaxAge: config.caching.maxAgeSeconds }),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });
  app.use(observability.requestLog);
  if (options.beforeRequest) app.use(options.beforeRequest);
  app.use(observability.routes);
  app.use(corsPolicy(config.corsOrigins), refuseAmbiguousCredentials, rootRedirect);

  // Every API route: who is calling, their rate limit, then 401 for a bad key.
  const guard = [identifyCaller(readyOrm, authenticate), readyRateLimiter.middleware, refuseBadKeys];
  app.use('/export', ...guard);
  app.use(sdmxRouter({ context: requestContext, config, logger })); // before exportRouter: observations.:format would take .sdmx.csv
  app.use(exportRouter({ context: requestContext, config, logger }));

  const graphiql = graphiqlRouter({ endpoint: '/graphql', title: 'Partnership Data Hub', examples: readExampleQueries(examplesFile()) });
  app.use(graphiql.router);
  // Browsers asking for a page get GraphiQL; API clients (JSON) go on to Apollo.
  app.get('/graphql', (req, res, next) => (req.accepts(['application/json', 'text/html']) === 'text/html' ? graphiql.page(req, res) : next()));
  app.use(
    '/graphql',
    ...guard,
    preventCookieCsrf,
    requireJsonBody,
    requestBody(config.limits),
    requestScope,
    expressMiddleware(apollo, {
      // identifyCaller ran first.
      context: async ({ res }): Promise<HubContext> =>
        observability.attach(res.locals, requestContext(res.locals.caller as Caller, res.locals.requestId as string)),
    }),
  );
  app.use(dashboardRouter());
  app.use(notFound);
  app.use(httpErrorHandler(logger, config.limits));

  let closing: Promise<void> | undefined;
  return {
    orm: readyOrm,
    database,
    logger,
    listen: () =>
      new Promise((resolve, reject) => {
        const onError = (e: NodeJS.ErrnoException) => {
          httpServer.off('listening', onListening);
          reject(
            e.code === 'EADDRINUSE'
              ? new HubStartError(`Port ${config.port} is already in use; stop what uses it or set PORT to a free port`)
              : e.code === 'EACCES'
                ? new HubStartError(`No permission to listen on port ${config.port}; set PORT to a port above 1023`)
                : e,
          );
        };
        const onListening = () => {
          httpServer.off('error', onError);
          const { port } = httpServer.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          resolve({ url: `http://${host}:${port}/graphql`, port });
        };
        httpServer.once('error', onError);
        httpServer.once('listening', onListening);
        httpServer.listen(config.port, config.host);
      }),
    close: () =>
      (closing ??= (async () => {
        const started = Date.now();
        observability.drain(); // /ready fails first, so a load balancer stops sending requests
        if (httpServer.listening && config.shutdownGraceMs > 0) await new Promise((r) => setTimeout(r, config.shutdownGraceMs));
        if (httpServer.listening) await apollo.stop(); // drains in-flight requests, then closes the server
        // A pool whose server is gone may wait on connections that never come: do not hang the shutdown on it.
        await bounded(readyOrm.close(true), Math.max(2_000, config.dbAcquireTimeoutMs), (why) => logger.warn({ why: String(why) }, 'the database pool did not close cleanly; stopping anyway'));
        await readyRateLimiter.close();
        await persistedQueries.close();
        await database.stop();
        logger.info({ ms: Date.now() - started }, 'stopped: requests finished, database pool and database closed');
      })()),
  };
}
