import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin, PersistedQueryOptions } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import { HubErrorCode, httpStatusOf } from '../errors';

export type PersistedQueriesMode = 'off' | 'apq' | 'only';

/** Apollo's persisted query manifest (https://www.apollographql.com/docs/graphos/platform/security/persisted-queries). */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: Array<{ id: string; name: string; type: 'query' | 'mutation' | 'subscription'; body: string }>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The trusted documents by hash; refuses a manifest whose ids are not the hashes of their bodies. */
export function readTrustedDocuments(file: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as PersistedQueryManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(`${file} is not an Apollo persisted query manifest`);
  }
  const documents = new Map<string, string>();
  for (const operation of manifest.operations) {
    if (sha256(operation.body) !== operation.id) throw new Error(`${file}: the id of ${operation.name} is not the sha256 of its body`);
    documents.set(operation.id, operation.body);
  }
  return documents;
}

/**
 * APQ's store in Redis (hubs behind one load balancer share registrations), on the ioredis
 * connection settings rate limiting already uses: one client library for Redis instead of
 * Keyv + node-redis for three commands.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', options.ttl);
    else await this.redis.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}

/** Trusted documents answer hash-only requests without any registration. */
class TrustedFirstCache implements KeyValueCache<string> {
  constructor(
    private readonly trusted: ReadonlyMap<string, string>,
    private readonly registered: KeyValueCache<string>,
  ) {}

  async get(key: string) {
    // Apollo asks for `apq:<sha256>`.
    return this.trusted.get(key.slice(key.lastIndexOf(':') + 1)) ?? this.registered.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    if (!this.trusted.has(key.slice(key.lastIndexOf(':') + 1))) await this.registered.set(key, value, options);
  }

  async delete(key: string) {
    return this.registered.delete(key);
  }
}

/** Apollo's `persistedQueries` option for a mode: false when off. */
export function persistedQueryOptions(
  mode: PersistedQueriesMode,
  options: { redis?: Redis; keyPrefix: string; trusted?: ReadonlyMap<string, string> },
): PersistedQueryOptions | false {
  if (mode === 'off') return false;
  const registered: KeyValueCache<string> = options.redis
    ? new RedisKeyValueCache(options.redis, options.keyPrefix) // Apollo adds `apq:`: keys are `<prefix>apq:<sha256>`
    : new InMemoryLRUCache<string>({ maxSize: 10 * 1024 * 1024 });
  return { cache: options.trusted ? new TrustedFirstCache(options.trusted, registered) : registered, ttl: 24 * 3600 };
}

/**
 * PERSISTED_QUERIES=only: a document runs only when its hash is in the manifest, whether sent in
 * full, registered through APQ or by hash. Checked before registration, so nothing unlisted is stored.
 */
export function trustedDocumentsPlugin<C extends object>(trusted: ReadonlyMap<string, string>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (trusted.has(queryHash)) return;
          throw new GraphQLError('Only trusted documents may run here: this document is not in the persisted query manifest', {
            extensions: { code: HubErrorCode.PERSISTED_QUERY_NOT_IN_LIST, http: { status: httpStatusOf(HubErrorCode.PERSISTED_QUERY_NOT_IN_LIST) } },
          });
        },
      };
    },
  };
}

/** The manifest of committed documents (schema/examples.graphql), written by `npm run schema:emit`. */
export function persistedQueryManifest(documents: Array<{ name: string; query: string }>): string {
  const manifest: PersistedQueryManifest = {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: documents.map(({ name, query }) => ({
      id: sha256(query),
      name,
      type: /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query) ? 'mutation' : 'query',
      body: query,
    })),
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

export interface PersistedQueries {
  /** Apollo's `persistedQueries` option. */
  apollo: PersistedQueryOptions | false;
  /** The allow-list plugin when only trusted documents run. */
  plugins: ApolloServerPlugin<object>[];
  close(): Promise<void>;
}

/** Persisted queries as configured: in this process, or in Redis when REDIS_URL is set (shared by every hub). */
export async function createPersistedQueries(
  config: { mode: PersistedQueriesMode; manifestFile: string; redisUrl?: string; keyPrefix: string },
  connect: (url: string) => Promise<Redis>,
): Promise<PersistedQueries> {
  if (config.mode === 'off') return { apollo: false, plugins: [], close: async () => undefined };
  const trusted = config.mode === 'only' ? readTrustedDocuments(config.manifestFile) : undefined;
  const redis = config.redisUrl ? await connect(config.redisUrl) : undefined;
  redis?.on('error', () => undefined); // a lost connection is a cache miss (APQ clients resend the query), not a crash
  return {
    apollo: persistedQueryOptions(config.mode, { redis, keyPrefix: config.keyPrefix, trusted }),
    plugins: trusted ? [trustedDocumentsPlugin(trusted)] : [],
    close: async () => {
      if (redis && redis.status !== 'end') await redis.quit().catch(() => redis.disconnect());
    },
  };
}
