import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../access/caller';
import { ReadPolicy } from '../access/read-policy';
import { Loaders } from '../db/row-loaders';
import { routeReadsToReplica } from '../db/read-routing';
import type { GlobalIds } from './global-id';
import type { NodeTypes } from './node';

/** Everything a resolver (or an export) may use, built once per request: HTTP -> context -> resolver -> loader. */
export interface HubContext {
  /** This request's own EntityManager fork: its identity map never outlives the request. */
  em: EntityManager;
  /** Who sees what for this request's caller: every read asks it; writes ask `policy.caller`. */
  policy: ReadPolicy;
  loaders: Loaders;
  /** Makes and reads global IDs (opaque: they show no sequence of records). */
  ids: GlobalIds;
  /** How node(id:) and search hits load each Node type. */
  nodeTypes: NodeTypes;
  /** Read declared nested fields in one statement per level (compiled-reads.ts); off: every field through its loader. */
  compiledReads: boolean;
  /** Correlates the response, its errors and the log lines of this request. */
  requestId: string;
  /** Reads go to a read replica until this is called (mutations, API-key administration: src/graphql/primary-reads.ts). */
  readFromPrimary(): void;
}

/** Makes a request's context for a caller: bound to the hub's ORM and IDs once, at start. */
export type RequestContextFactory = (caller: Caller, requestId: string) => HubContext;

/** The one way a request's context is made (GraphQL and /export alike). */
export function createRequestContext(
  hub: { orm: MikroORM<PostgreSqlDriver>; ids: GlobalIds; nodeTypes: NodeTypes; compiledReads?: boolean; preparedStatements?: boolean },
  caller: Caller,
  requestId: string,
): HubContext {
  const em = hub.orm.em.fork() as EntityManager;
  const readFromPrimary = routeReadsToReplica(em);
  const policy = new ReadPolicy(caller, em);
  return { em, policy, ids: hub.ids, nodeTypes: hub.nodeTypes, loaders: new Loaders({ em, policy, ids: hub.ids, preparedStatements: hub.preparedStatements }),
    compiledReads: hub.compiledReads ?? true,
    requestId,
    readFromPrimary,
  };
}
