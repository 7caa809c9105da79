/** Configuration is read once and a bad value stops the hub with one line naming it. */
import { ConfigError, loadConfig } from '../src/config';

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
