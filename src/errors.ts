/**
 * Failures the hub reports on purpose, with a code clients can branch on. Services throw these
 * (they know nothing of GraphQL); app.ts turns them into GraphQL errors with `extensions.code`,
 * the CLI into one line. Anything else is a bug and is masked.
 */
export enum HubErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** A malformed request Apollo refuses without a code of its own (Apollo's name for it). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** PERSISTED_QUERIES=only and the document is not in the manifest (Apollo GraphOS's code). */
  PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST',
}

export class HubError extends Error {
  override name = 'HubError';

  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** HTTP status for errors that decide a whole request (a bad API key is 401, not 200). */
export function httpStatusOf(code: HubErrorCode): number | undefined {
  switch (code) {
    case HubErrorCode.UNAUTHENTICATED:
      return 401;
    case HubErrorCode.FORBIDDEN:
    case HubErrorCode.BAD_USER_INPUT:
    case HubErrorCode.NOT_FOUND:
      return undefined; // field-level: the response is 200 with an error entry
    case HubErrorCode.BAD_REQUEST:
    case HubErrorCode.PERSISTED_QUERY_NOT_IN_LIST:
      return 400;
  }
}

/**
 * Codes of requests refused at the HTTP edge (src/http/), before GraphQL or an export runs; the
 * body is `{ errors: [{ message, extensions: { code } }] }` as GraphQL's own errors.
 */
export enum HttpErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  /** Two Authorization headers, or two keys in one. */
  AMBIGUOUS_CREDENTIALS = 'AMBIGUOUS_CREDENTIALS',
  /**
   * The database cannot be reached (refused, lost, shutting down, pool timed out): 503 with
   * Retry-After, for GraphQL and the exports alike (src/db/unavailable.ts decides). Retrying is safe.
   */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A request with cookies, a simple content-type and no preflight header (src/http/http-edge.ts). */
  CSRF_SUSPECTED = 'CSRF_SUSPECTED',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
}
