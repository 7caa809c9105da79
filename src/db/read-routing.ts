import type { ConnectionType } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Read replicas (DATABASE_REPLICA_URLS, MikroORM `replicas`): a request's reads go to a replica
 * until it switches to the primary (a mutation reads what it wrote; API-key administration reads
 * what was just changed). MikroORM routes its own finds by `preferReadReplicas`, but `em.execute`,
 * which the hub's loaders, services and exports read through, always runs on the primary: this
 * wraps the request's fork so its statements outside a transaction run on the read connection.
 * Without replicas nothing is wrapped.
 */
const routes = new WeakMap<EntityManager, { type: ConnectionType }>();

/** The connection a statement of `em` outside MikroORM's own methods should run on. */
export function connectionTypeOf(em: EntityManager): ConnectionType {
  if (em.getTransactionContext()) return 'write';
  return routes.get(em)?.type ?? 'write';
}

/** Sends `em`'s reads to a replica; the returned function sends them to the primary from then on. */
export function routeReadsToReplica(em: EntityManager): () => void {
  // No replicas: nothing to route, and em.execute stays exactly MikroORM's (its error conversion included).
  if (!em.config.get('replicas')?.length) return () => undefined;
  const route = { type: 'read' as ConnectionType };
  routes.set(em, route);
  const execute = em.execute.bind(em);
  em.execute = ((query: Parameters<EntityManager['execute']>[0], params?: unknown[], method?: 'all' | 'get' | 'run', loggerContext?: never) =>
    connectionTypeOf(em) === 'read'
      ? em.getConnection('read').execute(query as never, params as never, method, undefined, loggerContext)
      : execute(query as never, params as never, method, loggerContext)) as EntityManager['execute'];
  return () => {
    route.type = 'write';
  };
}
