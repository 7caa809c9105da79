import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { HubError, httpStatusOf } from '../errors';
import { Caller } from '../access/caller';

/**
 * Who is calling, decided once per request before anything else looks at it: the rate limiter
 * charges a valid key's budget (an invalid key is charged to the client's IP, so inventing keys
 * buys nothing), GraphQL and the exports read `res.locals.caller`.
 */
/** Turns an Authorization header into the caller (the api-key module does, given by the composition root). */
export type Authenticate = (em: EntityManager, authorization: string | undefined) => Promise<Caller>;

export function identifyCaller(orm: MikroORM, authenticate: Authenticate): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.caller = await authenticate(orm.em.fork() as EntityManager, req.get('authorization'));
    } catch (e) {
      if (!(e instanceof HubError)) return next(e);
      res.locals.caller = Caller.anonymous;
      res.locals.authError = e;
    }
    next();
  };
}

/** After the rate limit: a bad, expired or revoked key gets 401 and nothing else. */
export const refuseBadKeys: RequestHandler = (_req, res, next) => {
  const error = res.locals.authError as HubError | undefined;
  if (!error) return next();
  res.status(httpStatusOf(error.code) ?? 401).json({
    errors: [{ message: error.message, extensions: { code: error.code, requestId: res.locals.requestId } }],
  });
};
