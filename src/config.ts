import { resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';

/**
 * Runtime configuration, read from the environment once and validated here so that a bad value
 * stops the hub at start with one clear line instead of failing later in a request.
 */
export interface HubConfig {
  nodeEnv: 'development' | 'production' | 'test';
  /** PostgreSQL connection URL; undefined means "start the embedded PostgreSQL". */
  databaseUrl?: string;
  /** Read replicas of DATABASE_URL: queries and exports read from them, writes and API-key administration from the primary. */
  databaseReplicaUrls: string[];
  /** Folder of the embedded PostgreSQL's data (persistent across restarts). */
  dataDir: string;
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  dbPoolSize: number;
  /** How long a statement waits for a pool connection before the request gets 503 DATABASE_UNAVAILABLE. */
  dbAcquireTimeoutMs: number;
  /** On shutdown, /ready answers 503 this long before the server stops accepting, so a load balancer drains it. */
  shutdownGraceMs: number;
  /** /ready answers 503 when the database check takes longer (keep it below the probe's own timeout). */
  readyTimeoutMs: number;
  /** Load the seed data set when the database holds no partnership yet. */
  seedOnStart: boolean;
  /** Counts from 1 to this minus one are withheld from everyone but their owners. */
  smallCountThreshold: number;
  /** Licence stated in exports' metadata. */
  dataLicence: string;
  /** Per-request limits (src/graphql/limits.ts, src/http/request-body.ts). */
  limits: RequestLimits;
  /** `__schema` / `__type` queries allowed (default: yes; the schema is public). */
  introspection: boolean;
  /** "Did you mean ...?" in validation errors (default: yes; they reveal only the public schema). */
  fieldSuggestions: boolean;
  /** Run operations on graphql-jit (compiled once per operation) instead of graphql-js's interpreter. */
  graphqlJit: boolean;
  /** Read a selection's nested lists in one statement per level (src/graphql/compiled-reads.ts) instead of a loader per field. */
  compiledReads: boolean;
  rateLimit: RateLimitConfig;
  /** HTTP caching and persisted queries (src/graphql/cache-policy.ts, persisted-queries.ts). */
  caching: CachingConfig;
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the client IP (false: nobody's). */
  trustProxy: boolean | number | string;
  /** Origins browsers may call the API and exports from: '*' (any) or a list. */
  corsOrigins: '*' | string[];
}

export interface RequestLimits {
  /** Deepest field nesting of an operation (introspection excluded). */
  maxDepth: number;
  /** Highest estimated cost of an operation (src/graphql/cost.ts). */
  maxCost: number;
  /** Most aliases in an operation, fragments expanded. */
  maxAliases: number;
  /** Most top-level fields in an operation. */
  maxRootFields: number;
  /** Most lexical tokens in a document (graphql's parse maxTokens). */
  maxTokens: number;
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** PostgreSQL statement_timeout of request statements in ms (0: none). */
  queryTimeoutMs: number;
  /** statement_timeout of a whole CSV download (one COPY, as long as the client takes to read it) in ms (0: none). */
  exportTimeoutMs: number;
  /** Most `_entities` representations in one operation (Federation; src/graphql/limits.ts). */
  maxEntityRepresentations: number;
  /** A request body not fully received this long after its headers gets 408 (0: only Node's own requestTimeout). */
  bodyTimeoutMs: number;
}

export interface RateLimitConfig {
  /** Requests per window for each client IP without an API key (0: no rate limit at all). */
  anonymousRequests: number;
  /** Requests per window for each API key (bearer token). */
  keyRequests: number;
  windowSeconds: number;
  /** Redis shared by several hubs; undefined keeps the counters in this process. */
  redisUrl?: string;
  /** Prefix of the hub's Redis keys (several hubs sharing one budget use the same prefix). */
  redisKeyPrefix: string;
}

export interface CachingConfig {
  /** max-age in seconds of an anonymous GET of public data (0: never cached publicly). */
  maxAgeSeconds: number;
  /** off: none; apq: Apollo's automatic persisted queries; only: the manifest's documents only. */
  persistedQueries: 'off' | 'apq' | 'only';
  /** Apollo persisted query manifest of the trusted documents (read when persistedQueries is only). */
  manifestFile: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a URL like postgresql://user:password@host:5432/database' },
);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const redisUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a URL like redis://127.0.0.1:6379' },
);

/** A whole number within bounds, with the same messages as PORT. */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

/** Express's `trust proxy`: true/false, a hop count, or addresses/subnets ("loopback, 10.0.0.0/8"). */
const trustProxy = z
  .string()
  .regex(/^(true|false|\d+|[\w.:/, -]+)$/, { message: 'must be true, false, a hop count or a list of addresses' })
  .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(postgresUrl))
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_SIZE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100).default(10),
  DB_ACQUIRE_TIMEOUT_MS: wholeNumber(100, 600_000).default(10_000),
  SHUTDOWN_GRACE_MS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(600_000).default(0),
  READY_TIMEOUT_MS: wholeNumber(50, 60_000).default(2000),
  SEED_ON_START: booleanFlag.default(true),
  DATA_LICENCE: z.string().min(1).max(200).default('CC-BY-4.0'),
  SMALL_COUNT_THRESHOLD: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1).max(1000).default(5),
  MAX_DEPTH: wholeNumber(1, 100).default(10),
  MAX_COST: wholeNumber(1, 100_000_000).default(100_000),
  MAX_ALIASES: wholeNumber(0, 1000).default(20),
  MAX_ROOT_FIELDS: wholeNumber(1, 1000).default(10),
  MAX_TOKENS: wholeNumber(10, 1_000_000).default(1000),
  MAX_BODY_BYTES: wholeNumber(1024, 100 * 1024 * 1024).default(100 * 1024),
  QUERY_TIMEOUT_MS: wholeNumber(0, 3_600_000).default(5000),
  EXPORT_TIMEOUT_MS: wholeNumber(0, 86_400_000).default(600_000),
  MAX_ENTITY_REPRESENTATIONS: wholeNumber(1, 100_000).default(200),
  BODY_TIMEOUT_MS: wholeNumber(0, 3_600_000).default(30_000),
  INTROSPECTION: booleanFlag.optional(),
  FIELD_SUGGESTIONS: booleanFlag.optional(),
  GRAPHQL_JIT: booleanFlag.default(true),
  COMPILED_READS: booleanFlag.default(true),
  RATE_LIMIT_REQUESTS: wholeNumber(0, 1_000_000).default(300),
  RATE_LIMIT_KEY_REQUESTS: wholeNumber(1, 1_000_000).default(1200),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 86_400).default(60),
  REDIS_URL: redisUrl.optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, { message: 'must be 1-64 letters, digits or : . _ -' }).default('hub:'),
  TRUST_PROXY: trustProxy.default(false),
  CORS_ORIGINS: z
    .string()
    .transform((v) => (v.trim() === '*' ? ('*' as const) : v.split(',').map((o) => o.trim()).filter(Boolean)))
    .refine((v) => v === '*' || v.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), { message: 'must be * or a comma-separated list of origins like https://example.org' })
    .default('*'),
  CACHE_MAX_AGE: wholeNumber(0, 31_536_000).default(60),
  PERSISTED_QUERIES: z.enum(['off', 'apq', 'only'], { message: 'must be off, apq or only' }).default('apq'),
  PERSISTED_QUERIES_MANIFEST: z.string().min(1).default('schema/persisted-queries.json'),
});

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  // Empty strings are "not set" (a blank line in an env file should not mean port 0).
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(defined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const got = defined[name];
      const shown = name === 'DATABASE_URL' || name === 'DATABASE_REPLICA_URLS' || name === 'REDIS_URL' ? '' : got === undefined ? '' : ` (got "${got}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS ?? [],
    dataDir: resolve(e.DATA_DIR),
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dbPoolSize: e.DB_POOL_SIZE,
    dbAcquireTimeoutMs: e.DB_ACQUIRE_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    seedOnStart: e.SEED_ON_START,
    smallCountThreshold: e.SMALL_COUNT_THRESHOLD,
    dataLicence: e.DATA_LICENCE,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxCost: e.MAX_COST,
      maxAliases: e.MAX_ALIASES,
      maxRootFields: e.MAX_ROOT_FIELDS,
      maxTokens: e.MAX_TOKENS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      exportTimeoutMs: e.EXPORT_TIMEOUT_MS,
      maxEntityRepresentations: e.MAX_ENTITY_REPRESENTATIONS,
      bodyTimeoutMs: e.BODY_TIMEOUT_MS,
    },
    // The schema is public (the depth, cost and introspection-depth limits still bound these): on unless switched off.
    introspection: e.INTROSPECTION ?? true,
    fieldSuggestions: e.FIELD_SUGGESTIONS ?? true,
    graphqlJit: e.GRAPHQL_JIT,
    compiledReads: e.COMPILED_READS,
    rateLimit: {
      anonymousRequests: e.RATE_LIMIT_REQUESTS,
      keyRequests: e.RATE_LIMIT_KEY_REQUESTS,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: e.REDIS_URL,
      redisKeyPrefix: e.REDIS_KEY_PREFIX,
    },
    caching: {
      maxAgeSeconds: e.CACHE_MAX_AGE,
      persistedQueries: e.PERSISTED_QUERIES,
      // Relative to the project (it ships with the code), not to the working directory.
      manifestFile: resolve(projectRoot(), e.PERSISTED_QUERIES_MANIFEST),
    },
    trustProxy: e.TRUST_PROXY,
    corsOrigins: e.CORS_ORIGINS,
  };
}
