import { isIPv6 } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config';
import { LimitCode } from '../graphql/limits';
import type { Logger } from '../logger';
import type { Caller } from '../access/caller';

/**
 * Requests per window for each caller: a valid API key (by its public prefix; the key is checked
 * first, by identifyCaller) or else the client IP (an IPv6 client by its /64, which one client
 * usually owns whole).
 *
 * Counters live in this process, or in Redis when REDIS_URL is set so that every hub sharing the
 * Redis (and REDIS_KEY_PREFIX) shares each caller's budget. Redis unreachable at start stops the hub
 * (HubStartError from app.ts); Redis lost later does not stop the service: the limits are then
 * counted per process (rate-limiter-flexible's insurance limiter) until Redis is back, and the log
 * says so.
 */
export interface RateLimiter {
  middleware: RequestHandler;
  close(): Promise<void>;
}

export class RedisUnreachableError extends Error {
  override name = 'RedisUnreachableError';
}

interface Budget {
  limiter: RateLimiterAbstract;
  points: number;
}

/**
 * `key:<prefix>` for a caller with a valid API key (the key's public prefix, never its secret),
 * else `ip:<address>`: anonymous callers and invalid keys share the client's IP budget.
 */
export function callerKey(req: Request, caller?: Caller): { key: string; keyed: boolean } {
  if (caller?.apiKeyPrefix) return { key: `key:${caller.apiKeyPrefix}`, keyed: true };
  return { key: `ip:${clientAddress(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`, keyed: false };
}

/** IPv4 as is (also when IPv4-mapped), IPv6 by its /64 prefix. */
export function clientAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const address = ip.split('%')[0];
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

function describeRedis(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`; // never the password
  } catch {
    return 'the configured Redis';
  }
}

/** Connects to Redis once; fails with one line an operator can act on. */
export async function connectRedis(url: string): Promise<Redis> {
  const where = describeRedis(url);
  const client = new Redis(url, {
    lazyConnect: true,
    // A request never waits for Redis to come back: it fails at once and the insurance limiter counts.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 5000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let firstError: (Error & { code?: string }) | undefined;
  const onError = (e: Error) => (firstError ??= e);
  client.on('error', onError);
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    client.disconnect();
    const code = firstError?.code ?? (e as { code?: string }).code;
    const why =
      code === 'ECONNREFUSED'
        ? 'nothing is listening there (is Redis running?)'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? 'the host name does not resolve'
          : /NOAUTH|WRONGPASS/.test(String(firstError?.message ?? (e as Error).message))
            ? 'it refused the login (check the password in REDIS_URL)'
            : (code ?? firstError?.message ?? (e as Error).message);
    throw new RedisUnreachableError(`Cannot connect to Redis at ${where} (REDIS_URL): ${why}`);
  } finally {
    client.off('error', onError);
  }
  return client;
}

function setRateHeaders(res: Response, points: number, state: RateLimiterRes): number {
  const resetSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  res.setHeader('RateLimit-Limit', String(points));
  res.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  res.setHeader('RateLimit-Reset', String(resetSeconds));
  return resetSeconds;
}

export async function createRateLimiter(config: RateLimitConfig, logger: Logger): Promise<RateLimiter> {
  if (config.anonymousRequests === 0) {
    return { middleware: (_req, _res, next) => next(), close: async () => undefined };
  }
  const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
  const budget = (points: number): Budget => {
    // Keys are `<prefix>rl:ip:<address>` and `<prefix>rl:key:<hash>`.
    const options = { points, duration: config.windowSeconds, keyPrefix: `${config.redisKeyPrefix}rl` };
    if (!redis) return { limiter: new RateLimiterMemory(options), points };
    return {
      points,
      limiter: new RateLimiterRedis({
        ...options,
        storeClient: redis,
        // Redis down: count in this process rather than refuse everyone or let everyone through.
        insuranceLimiter: new RateLimiterMemory(options),
        rejectIfRedisNotReady: true,
      }),
    };
  };
  const anonymous = budget(config.anonymousRequests);
  const keyed = budget(config.keyRequests);

  if (redis) {
    let down = false;
    redis.on('error', (e: Error & { code?: string }) => {
      if (down) return;
      down = true;
      logger.warn({ err: { message: e.message, code: e.code } }, 'Redis unreachable: rate limits are counted per hub instance until it is back');
    });
    redis.on('ready', () => {
      if (!down) return;
      down = false;
      logger.info('Redis reachable again: rate limits are shared again');
    });
  }

  const middleware: RequestHandler = async (req, res, next) => {
    const { key, keyed: hasKey } = callerKey(req, res.locals.caller as Caller | undefined);
    const { limiter, points } = hasKey ? keyed : anonymous;
    try {
      setRateHeaders(res, points, await limiter.consume(key));
      next();
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) {
        // Neither Redis nor the insurance limiter answered: serve rather than fail the request.
        logger.error({ requestId: res.locals.requestId, err: e }, 'rate limiter failed');
        next();
        return;
      }
      const retryAfter = setRateHeaders(res, points, e);
      res.setHeader('Retry-After', String(retryAfter));
      logger.info({ requestId: res.locals.requestId, caller: key }, 'rate limit exceeded');
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${points} every ${config.windowSeconds} s; retry in ${retryAfter} s`,
            extensions: { code: LimitCode.RATE_LIMITED, retryAfter, requestId: res.locals.requestId },
          },
        ],
      });
    }
  };

  return {
    middleware,
    close: async () => {
      if (redis && redis.status !== 'end') await redis.quit().catch(() => redis.disconnect());
    },
  };
}
