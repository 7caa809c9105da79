import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../access/caller';
import { ReadPolicy } from '../access/read-policy';
import { Loaders } from '../db/row-loaders';

/** Everything a resolver (or an export) may use, built once per request: HTTP -> context -> resolver -> loader. */
export interface HubContext {
  /** This request's own EntityManager fork: its identity map never outlives the request. */
  em: EntityManager;
  /** Who sees what for this request's caller: every read asks it; writes ask `policy.caller`. */
  policy: ReadPolicy;
  loaders: Loaders;
  /** Correlates the response, its errors and the log lines of this request. */
  requestId: string;
}

/** The one way a request's context is made (GraphQL and /export alike). */
export function createRequestContext(orm: MikroORM<PostgreSqlDriver>, caller: Caller, requestId: string): HubContext {
  const em = orm.em.fork() as EntityManager;
  const policy = new ReadPolicy(caller, em);
  return { em, policy, loaders: new Loaders({ em, policy }), requestId };
}
