import { isUtf8 } from 'node:buffer';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { RequestLimits } from '../config';
import { LimitCode } from '../graphql/limits';
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
 */
export function requestBody(limits: Pick<RequestLimits, 'maxBodyBytes'>): RequestHandler {
  return express.json({
    limit: limits.maxBodyBytes,
    verify: (_req, _res, buffer, charset) => {
      // body-parser would also decode UTF-16 and UTF-32.
      if (!['utf-8', 'utf8'].includes(charset.toLowerCase())) throw new BodyError(415, 'charset.unsupported');
      if (!isUtf8(buffer)) throw new BodyError(400, 'encoding.invalid');
    },
  });
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

/** Errors before GraphQL (body parsing): a JSON error like GraphQL's, never the parser's own text. */
export function httpErrorHandler(logger: Logger, limits: Pick<RequestLimits, 'maxBodyBytes'>): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const requestId = res.locals.requestId as string | undefined;
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
