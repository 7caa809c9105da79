import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Runtime configuration, read from the environment once and validated here so that a bad value
 * stops the hub at start with one clear line instead of failing later in a request.
 */
export interface HubConfig {
  nodeEnv: 'development' | 'production' | 'test';
  /** PostgreSQL connection URL; undefined means "start the embedded PostgreSQL". */
  databaseUrl?: string;
  /** Folder of the embedded PostgreSQL's data (persistent across restarts). */
  dataDir: string;
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  dbPoolSize: number;
  /** Load the seed data set when the database holds no partnership yet. */
  seedOnStart: boolean;
  /** Counts from 1 to this minus one are withheld from everyone but their owners. */
  smallCountThreshold: number;
  /** Licence stated in exports' metadata. */
  dataLicence: string;
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

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
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
  SEED_ON_START: booleanFlag.default(true),
  DATA_LICENCE: z.string().min(1).max(200).default('CC-BY-4.0'),
  SMALL_COUNT_THRESHOLD: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1).max(1000).default(5),
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
      const shown = name === 'DATABASE_URL' ? '' : got === undefined ? '' : ` (got "${got}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dbPoolSize: e.DB_POOL_SIZE,
    seedOnStart: e.SEED_ON_START,
    smallCountThreshold: e.SMALL_COUNT_THRESHOLD,
    dataLicence: e.DATA_LICENCE,
  };
}
