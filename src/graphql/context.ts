import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../db/row-loaders';
import type { Caller } from '../modules/auth/caller';

/** Everything a resolver may use, built once per request (HTTP -> context -> resolver -> loader). */
export interface HubContext {
  /** This request's own EntityManager fork: its identity map never outlives the request. */
  em: EntityManager;
  /** Who is asking: every read (loaders) and write (services) applies this caller's rules. */
  caller: Caller;
  loaders: Loaders;
  /** Correlates the response, its errors and the log lines of this request. */
  requestId: string;
}
