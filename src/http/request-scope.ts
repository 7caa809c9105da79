import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/**
 * The request id for code that runs inside a request but is not handed it: Apollo's formatError
 * also formats errors raised before a request has a context (CSRF, batching, malformed bodies).
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs the rest of the request inside the scope; register right before the Apollo middleware. */
export const requestScope: RequestHandler = (_req, res, next) => {
  scope.run({ requestId: res.locals.requestId as string }, next);
};

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
