import { isUtf8 } from 'node:buffer';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { RequestLimits } from '../config';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable } from '../db/unavailable';
import { HttpErrorCode } from '../errors';
import { DATABASE_UNAVAILABLE_MESSAGE, LimitCode } from '../graphql/limits';
import type { Logger } from '../logger';

class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
  ) {
    super(type);
  }
}

/**
 * Parses a GraphQL request body: JSON, UTF-8 only (as GraphQL over HTTP requires), at most
 * MAX_BODY_BYTES once decompressed. Bytes that are not UTF-8 are refused rather than silently
 * turned into U+FFFD, so a client never gets an answer to a question it did not ask.
 *
 * body-parser reads a refused body to its end before answering, so a client that declares or
 * streams more than the limit and never finishes would get no answer at all, and a body that
 * trickles in would hold the request open until Node's 5-minute requestTimeout (which answers
 * without a JSON body). A guard around it counts the bytes as they arrive: past MAX_BODY_BYTES
 * (as sent, or as declared in Content-Length) the answer is 413 at once, and a body not complete
 * after BODY_TIMEOUT_MS gets 408; both close the connection, so the rest is never read.
 */
export function requestBody(limits: Pick<RequestLimits, 'maxBodyBytes' | 'bodyTimeoutMs'>): RequestHandler {
  const parse = express.json({
    limit: limits.maxBodyBytes,
    verify: (_req, _res, buffer, charset) => {
      // body-parser would also decode UTF-16 and UTF-32.
      if (!['utf-8', 'utf8'].includes(charset.toLowerCase())) throw new BodyError(415, 'charset.unsupported');
      if (!isUtf8(buffer)) throw new BodyError(400, 'encoding.invalid');
    },
  });
  return (req, res, next) => {
    if (!hasBody(req) || req.readableEnded) return parse(req, res, next);
    const tooLarge = () => refuseAndClose(res, 413, LimitCode.PAYLOAD_TOO_LARGE, `Request body is larger than ${limits.maxBodyBytes} bytes`);
    if (Number(req.headers['content-length']) > limits.maxBodyBytes) return tooLarge();
    const timer =
      limits.bodyTimeoutMs > 0
        ? setTimeout(() => refuseAndClose(res, 408, LimitCode.REQUEST_TIMEOUT, `The request body did not arrive within ${limits.bodyTimeoutMs} ms`), limits.bodyTimeoutMs)
        : undefined;
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limits.maxBodyBytes) return;
      stop();
      tooLarge();
    };
    const stop = () => {
      clearTimeout(timer);
      req.off('data', count);
    };
    req.once('end', stop);
    req.once('close', stop);
    // A second 'data' listener next to body-parser's: both are attached in this tick, before any chunk flows.
    req.on('data', count);
    parse(req, res, next);
  };
}

/** As body-parser (type-is) decides whether a request has a body. */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
}

/**
 * Answers now and closes the connection once the answer is out (Node ends the socket after a
 * `Connection: close` response), so the unread rest of the body is never waited for.
 */
function refuseAndClose(res: Response, status: number, code: LimitCode, message: string): void {
  if (res.headersSent) {
    res.socket?.destroy();
    return;
  }
  res.setHeader('Connection', 'close');
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
  // Should the client not read the answer, do not keep its socket forever.
  const socket = res.socket;
  if (socket) setTimeout(() => socket.destroy(), 2_000).unref();
}

function describe(err: { status: number; type?: string }, limits: Pick<RequestLimits, 'maxBodyBytes'>): { message: string; code: string } {
  switch (err.type) {
    case 'entity.too.large':
      return { message: `Request body is larger than ${limits.maxBodyBytes} bytes`, code: LimitCode.PAYLOAD_TOO_LARGE };
    case 'entity.parse.failed':
      return { message: 'Request body is not valid JSON', code: 'BAD_REQUEST' };
    case 'encoding.invalid':
      return { message: 'Request body is not valid UTF-8', code: 'BAD_REQUEST' };
    case 'charset.unsupported':
      return { message: 'Request body must be JSON in UTF-8', code: LimitCode.UNSUPPORTED_MEDIA_TYPE };
    case 'encoding.unsupported':
      return { message: 'Unsupported Content-Encoding (use gzip, deflate or none)', code: LimitCode.UNSUPPORTED_MEDIA_TYPE };
    default:
      return err.status === 413
        ? { message: `Request body is larger than ${limits.maxBodyBytes} bytes`, code: LimitCode.PAYLOAD_TOO_LARGE }
        : { message: 'Bad request', code: 'BAD_REQUEST' };
  }
}

/**
 * Errors outside GraphQL (body parsing, the exports, identifying a key's caller): a JSON error like
 * GraphQL's, never the parser's or the driver's own text. A lost database is 503 with Retry-After.
 */
export function httpErrorHandler(logger: Logger, limits: Pick<RequestLimits, 'maxBodyBytes'>): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const requestId = res.locals.requestId as string | undefined;
    // Already answered (a body refused by the guard above, which closes the connection).
    if (res.headersSent) return;
    // A route may have set up a download before failing (text/csv, attachment): the error is JSON.
    for (const header of ['Content-Disposition', 'Content-Language', 'Link', 'Content-Encoding']) res.removeHeader(header);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (databaseUnavailable(err)) {
      logger.warn({ requestId, err }, 'database unavailable');
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: HttpErrorCode.DATABASE_UNAVAILABLE, retryAfter: DATABASE_RETRY_AFTER_SECONDS, requestId } }] });
      return;
    }
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) {
      logger.error({ requestId, err }, 'http request failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      return;
    }
    const { message, code } = describe({ status, type: err.type }, limits);
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
