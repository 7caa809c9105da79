import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { RequestHandler, Router } from 'express';
import express from 'express';
import { getOperationAST } from 'graphql';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger';

/** What the GraphQL layer learnt about a request, for its one log line and its metrics. */
interface OperationFacts {
  name: string;
  failed: boolean;
}

// Carried on the context under a symbol: Apollo may shallow-copy the context, which copies the symbol too.
const FACTS = Symbol('operation facts');

// Label values must be a bounded set: a client can send any operation name.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

export interface Observability {
  /** First middleware: one info line and one counter + histogram update per request, when it finishes. */
  requestLog: RequestHandler;
  /** /health, /ready and /metrics. */
  routes: Router;
  /** Records the operation name and whether it failed (no per-field hooks). */
  plugin: ApolloServerPlugin<object>;
  /** Remembers which context object belongs to the HTTP response (called from the Apollo context factory). */
  attach<T extends { policy: { withheldServed: number } }>(locals: Record<string, unknown>, context: T): T;
  /** /ready answers 503 from now on (shutdown: the load balancer drains this instance). */
  drain(): void;
}

/**
 * Health (process up), readiness (database reachable, migrations current, not shutting down) and
 * Prometheus metrics. Its own registry: two hubs in one process (tests) do not share counters.
 */
export function createObservability(options: { orm: MikroORM<PostgreSqlDriver>; logger: Logger; readyTimeoutMs?: number }): Observability {
  const { orm, logger } = options;
  const readyTimeoutMs = options.readyTimeoutMs ?? 2000;
  const registry = new Registry();
  const knownNames = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (!name) return 'anonymous';
    if (knownNames.has(name)) return name;
    if (knownNames.size >= MAX_OPERATION_NAMES || !OPERATION_NAME.test(name)) return 'other';
    knownNames.add(name);
    return name;
  };
  const requests = new Counter({
    name: 'hub_requests_total',
    help: 'Requests by route, GraphQL operation name and outcome (ok, error, rate_limited)',
    labelNames: ['route', 'operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'hub_request_duration_seconds',
    help: 'Request latency by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const rateLimited = new Counter({ name: 'hub_rate_limit_refusals_total', help: 'Requests refused by the rate limit (429)', registers: [registry] });
  const withheldServed = new Counter({
    name: 'hub_withheld_values_served_total',
    help: 'Values withheld by disclosure control (small counts and the figures protecting them) in answers, by route',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  // Read from the pool only when scraped: nothing on the request path.
  type TarnPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number };
  const poolOf = (connection: { getKnex(): { client: unknown } }) => (connection.getKnex().client as { pool?: TarnPool }).pool;
  const pool = () => poolOf(orm.em.getConnection());
  // MikroORM keeps the read replicas' connections (DATABASE_REPLICA_URLS) on the driver, each named replica-N (src/db/orm.ts).
  const replicaPools = () =>
    ((orm.em.getDriver() as unknown as { replicas?: Array<{ options: { name?: string }; getKnex(): { client: unknown } }> }).replicas ?? []).map((r, i) => ({
      name: r.options.name ?? `replica-${i + 1}`,
      pool: poolOf(r),
    }));
  new Gauge({
    name: 'hub_db_pool_connections',
    help: 'Database pool connections by state (used, free, pending acquires)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const p = pool();
      this.set({ state: 'used' }, p?.numUsed() ?? 0);
      this.set({ state: 'free' }, p?.numFree() ?? 0);
      this.set({ state: 'pending' }, p?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'hub_db_replica_pool_connections',
    help: 'Read replica pool connections by replica and state (used, free, pending acquires)',
    labelNames: ['replica', 'state'] as const,
    registers: [registry],
    collect() {
      for (const { name, pool: p } of replicaPools()) {
        this.set({ replica: name, state: 'used' }, p?.numUsed() ?? 0);
        this.set({ replica: name, state: 'free' }, p?.numFree() ?? 0);
        this.set({ replica: name, state: 'pending' }, p?.numPendingAcquires() ?? 0);
      }
    },
  });

  let draining = false;
  const routeOf = (path: string): string => (path.startsWith('/graphql') ? 'graphql' : path.startsWith('/export') ? 'export' : 'other');

  const requestLog: RequestHandler = (req, res, next) => {
    // Read now: routers mounted on a path strip it from req.url while they run.
    const route = routeOf(req.path);
    if (route === 'other') return next(); // health probes, scrapes, GraphiQL: neither logged nor counted
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const operation = res.locals.operationFacts as OperationFacts | undefined;
      const status = res.statusCode;
      const outcome = status === 429 ? 'rate_limited' : status >= 400 || operation?.failed ? 'error' : 'ok';
      const operationName = route === 'graphql' ? operationLabel(operation?.name) : route;
      if (status === 429) rateLimited.inc();
      // The request's ReadPolicy tallied them (src/graphql/withheld-cells.ts, the export routes): one update per response.
      const withheld = (res.locals.readPolicy as { withheldServed?: number } | undefined)?.withheldServed;
      if (withheld) withheldServed.inc({ route }, withheld);
      requests.inc({ route, operation: operationName, outcome });
      duration.observe({ route }, seconds);
      // Never the key nor anything the caller sent: role, not identity.
      const caller = res.locals.caller as { role?: string } | undefined;
      logger.info(
        { requestId: res.locals.requestId, route, operation: operationName, role: caller?.role ?? 'UNIDENTIFIED', status, outcome, ms: Math.round(seconds * 1e6) / 1e3 },
        'request',
      );
    });
    next();
  };

  const routes = express.Router();
  routes.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  routes.get('/ready', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    // A probe must answer within its own timeout: a database that hangs (or a pool with no free
    // connection) is "not ready" after readyTimeoutMs, not a probe that times out itself.
    const deadline = new Promise<'timeout'>((resolve) => setTimeout(resolve, readyTimeoutMs, 'timeout').unref());
    const check = (async () => {
      await orm.em.fork().execute('select 1');
      return orm.getMigrator().getPendingMigrations();
    })();
    try {
      const pending = await Promise.race([check, deadline]);
      if (pending === 'timeout') {
        check.catch(() => undefined); // settles later; nobody waits for it
        res.status(503).json({ status: 'database unreachable', reason: `no answer from the database within ${readyTimeoutMs} ms` });
      } else if (pending.length) {
        res.status(503).json({ status: 'migrations pending', pending: pending.length, migrations: pending.map((m) => m.name) });
      } else {
        res.json({ status: 'ready' });
      }
    } catch (e) {
      // The cause for the operator; the probe's body stays free of connection details.
      logger.warn({ err: e }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable', reason: 'the database check failed (the log has the cause)' });
    }
  });
  routes.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  return {
    requestLog,
    routes,
    plugin: {
      async requestDidStart({ contextValue }) {
        const entry = (contextValue as { [FACTS]?: OperationFacts })[FACTS];
        if (!entry) return;
        return {
          async didResolveOperation({ operationName }) {
            entry.name = operationName ?? '';
          },
          async didEncounterErrors({ document, request }) {
            entry.failed = true;
            // A request that fails validation never resolves its operation: name it from the parsed document.
            if (!entry.name && document) entry.name = getOperationAST(document, request.operationName)?.name?.value ?? '';
          },
        };
      },
    },
    attach(locals, context) {
      const entry: OperationFacts = { name: '', failed: false };
      locals.operationFacts = entry;
      locals.readPolicy = context.policy;
      (context as { [FACTS]?: OperationFacts })[FACTS] = entry;
      return context;
    },
    drain() {
      draining = true;
    },
  };
}
