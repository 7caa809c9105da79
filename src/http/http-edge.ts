import cors from 'cors';
import type { RequestHandler } from 'express';
import { HttpErrorCode } from '../errors';

/** A JSON error like GraphQL's, for requests refused before GraphQL or the exports see them. */
export function sendHttpError(res: Parameters<RequestHandler>[1], status: number, code: HttpErrorCode, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra, requestId: res.locals.requestId } }] });
}

/**
 * Browsers may call the API and the exports from the configured origins. API keys travel in the
 * Authorization header, never in cookies, so `*` is safe by default: a page on another origin
 * cannot borrow a visitor's credentials. Preflights get 204 (some old browsers choke on 200 bodies).
 */
export function corsPolicy(origins: '*' | string[]): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name', 'GraphQL-Preflight'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}

/**
 * Two Authorization headers are ambiguous (Node joins them with ", " and the first key would be used
 * silently): refuse rather than guess which one the client meant.
 */
export const refuseAmbiguousCredentials: RequestHandler = (req, res, next) => {
  const given = req.headersDistinct.authorization ?? [];
  if (given.length > 1 || given.some((value) => value.includes(','))) {
    sendHttpError(res, 400, HttpErrorCode.AMBIGUOUS_CREDENTIALS, 'Send one Authorization header with one API key');
    return;
  }
  next();
};

/** `/` has nothing of its own: send people (and browsers) to the API, which serves GraphiQL to browsers. */
export const rootRedirect: RequestHandler = (req, res, next) => {
  if (req.path !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
  res.redirect(302, '/graphql');
};

/** Last route: an unknown path is a JSON 404 like every other error, not Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  sendHttpError(res, 404, HttpErrorCode.NOT_FOUND, `Nothing at ${req.method} ${req.path}: the API is POST or GET /graphql`);
};

const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name', 'graphql-preflight'];
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF prevention where a CSRF is possible. A cross-site "simple" request (no preflight) only hurts
 * when the browser attaches ambient credentials, and the hub's only credential is the Authorization
 * header, which a browser never adds by itself. So a request without a Cookie header cannot be a
 * CSRF and GET queries work as urql's and Apollo Client's GET modes send them; a request carrying
 * cookies (say, from a proxy that adds its own session) gets Apollo's rule: a JSON content-type or
 * a preflight header. Apollo's own csrfPrevention is off because it cannot tell these apart.
 */
export const preventCookieCsrf: RequestHandler = (req, res, next) => {
  if (!req.headers.cookie) return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const simple = type === '' || SIMPLE_TYPES.includes(type);
  if (!simple || PREFLIGHT_HEADERS.some((h) => req.headers[h])) return next();
  sendHttpError(res, 400, HttpErrorCode.CSRF_SUSPECTED, `A request with cookies needs a JSON Content-Type or one of these headers: ${PREFLIGHT_HEADERS.join(', ')}`);
};

/** GraphQL over HTTP takes JSON bodies: anything else is 415 with a JSON body (Apollo would say 400). */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'application/graphql-response+json') return next();
  sendHttpError(res, 415, HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, 'A GraphQL request body must be JSON (Content-Type: application/json)');
};
