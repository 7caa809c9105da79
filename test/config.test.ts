/** Configuration is read once and a bad value stops the hub with one line naming it. */
import { ConfigError, loadConfig } from '../src/config';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';

test('defaults give a hub on port 4000 with an embedded database in .data', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, seedOnStart: true, nodeEnv: 'development', logLevel: 'info' });
  expect(config.dataDir).toMatch(/\.data$/);
});

test('empty variables count as unset', () => {
  expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: undefined });
});

test.each([
  [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a number (got "abc")'],
  [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 0 and 65535 (got "70000")'],
  [{ PORT: '4000.5' }, 'Invalid configuration: PORT must be a whole number (got "4000.5")'],
  [{ SEED_ON_START: 'maybe' }, 'Invalid configuration: SEED_ON_START must be true or false (got "maybe")'],
  [{ LOG_LEVEL: 'loud' }, 'Invalid configuration: LOG_LEVEL'],
  [{ MAX_DEPTH: '0' }, 'Invalid configuration: MAX_DEPTH must be between 1 and 100 (got "0")'],
  [{ MAX_COST: 'lots' }, 'Invalid configuration: MAX_COST must be a number (got "lots")'],
  [{ MAX_TOKENS: '5' }, 'Invalid configuration: MAX_TOKENS must be between 10 and 1000000 (got "5")'],
  [{ MAX_BODY_BYTES: '1.5' }, 'Invalid configuration: MAX_BODY_BYTES must be a whole number (got "1.5")'],
  [{ QUERY_TIMEOUT_MS: '-1' }, 'Invalid configuration: QUERY_TIMEOUT_MS must be between 0 and 3600000 (got "-1")'],
  [{ INTROSPECTION: 'sometimes' }, 'Invalid configuration: INTROSPECTION must be true or false (got "sometimes")'],
  [{ RATE_LIMIT_KEY_REQUESTS: '0' }, 'Invalid configuration: RATE_LIMIT_KEY_REQUESTS must be between 1 and 1000000 (got "0")'],
  [{ REDIS_KEY_PREFIX: 'has space' }, 'Invalid configuration: REDIS_KEY_PREFIX must be 1-64 letters, digits or : . _ - (got "has space")'],
  [{ TRUST_PROXY: 'yes please!' }, 'Invalid configuration: TRUST_PROXY must be true, false, a hop count or a list of addresses (got "yes please!")'],
])('%j is refused: %s', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(message);
});

test('a bad DATABASE_URL is named without echoing it (it may hold a password)', () => {
  for (const url of ['mysql://root:secret@db/x', 'not a url', 'postgresql://']) {
    try {
      loadConfig({ DATABASE_URL: url });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toBe('Invalid configuration: DATABASE_URL must be a URL like postgresql://user:password@host:5432/database');
    }
  }
});

test('every problem is reported at once, on one line', () => {
  const message = (() => {
    try {
      loadConfig({ PORT: 'x', DB_POOL_SIZE: '0' });
    } catch (e) {
      return (e as Error).message;
    }
  })();
  expect(message).toContain('PORT');
  expect(message).toContain('DB_POOL_SIZE');
  expect(message).not.toContain('\n');
});

test('limits, introspection, suggestions and rate limits are read from the environment', () => {
  const config = loadConfig({
    MAX_DEPTH: '7',
    MAX_COST: '5000',
    MAX_ALIASES: '3',
    MAX_ROOT_FIELDS: '4',
    MAX_TOKENS: '500',
    MAX_BODY_BYTES: '2048',
    QUERY_TIMEOUT_MS: '0',
    INTROSPECTION: 'false',
    FIELD_SUGGESTIONS: '0',
    RATE_LIMIT_REQUESTS: '10',
    RATE_LIMIT_KEY_REQUESTS: '20',
    RATE_LIMIT_WINDOW_SECONDS: '30',
    REDIS_URL: 'redis://127.0.0.1:6379/2',
    REDIS_KEY_PREFIX: 'hub-eu:',
  });
  expect(config).toMatchObject({
    limits: { maxDepth: 7, maxCost: 5000, maxAliases: 3, maxRootFields: 4, maxTokens: 500, maxBodyBytes: 2048, queryTimeoutMs: 0 },
    introspection: false,
    fieldSuggestions: false,
    rateLimit: { anonymousRequests: 10, keyRequests: 20, windowSeconds: 30, redisUrl: 'redis://127.0.0.1:6379/2', redisKeyPrefix: 'hub-eu:' },
    trustProxy: false,
  });
  expect(loadConfig({}).rateLimit).toEqual({ anonymousRequests: 300, keyRequests: 1200, windowSeconds: 60, redisUrl: undefined, redisKeyPrefix: 'hub:' });
});

test('caching and persisted queries: the documented defaults, and read from the environment', () => {
  expect(loadConfig({}).caching).toEqual({ maxAgeSeconds: 60, persistedQueries: 'apq', manifestFile: join(projectRoot(), 'schema', 'persisted-queries.json') });
  expect(loadConfig({ CACHE_MAX_AGE: '300', PERSISTED_QUERIES: 'only', PERSISTED_QUERIES_MANIFEST: '/etc/hub/trusted.json' }).caching).toEqual({
    maxAgeSeconds: 300,
    persistedQueries: 'only',
    manifestFile: '/etc/hub/trusted.json',
  });
  expect(() => loadConfig({ PERSISTED_QUERIES: 'all' })).toThrow('Invalid configuration: PERSISTED_QUERIES must be off, apq or only (got "all")');
  expect(() => loadConfig({ CACHE_MAX_AGE: '-1' })).toThrow('Invalid configuration: CACHE_MAX_AGE must be between 0 and 31536000 (got "-1")');
});

test.each([
  ['true', true],
  ['false', false],
  ['2', 2],
  ['loopback', 'loopback'],
  ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
])('TRUST_PROXY=%s is %j for express', (value, expected) => {
  expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
});

test('a bad REDIS_URL is named without echoing it (it may hold a password)', () => {
  expect(() => loadConfig({ REDIS_URL: 'http://:secret@cache:6379' })).toThrow(
    new ConfigError('Invalid configuration: REDIS_URL must be a URL like redis://127.0.0.1:6379'),
  );
});
