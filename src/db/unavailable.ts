/**
 * Errors that say the database cannot be reached right now, not that a statement is wrong: the
 * request may succeed when retried, so clients get 503 with Retry-After instead of a masked 500.
 */

// Socket errors of the TCP connection to PostgreSQL (refused, reset, timed out, host gone).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, in recovery).
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03']);
// No code of their own: knex's pool gave up waiting (every connection attempt failed or hung), and
// pg's client lost its socket mid-query ("Connection terminated" / "... unexpectedly").
const MESSAGES = [/Timeout acquiring a connection/, /^Connection terminated/, /Connection terminated unexpectedly/];

type Cause = { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };

/** True when `error`, or one of its causes (GraphQL's originalError, `cause`, an AggregateError's errors), is a lost or refused connection. */
export function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as Cause;
  if (typeof e.code === 'string' && (SOCKET_CODES.has(e.code) || SHUTDOWN_STATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  // Node's net.connect to a host with several addresses fails with an AggregateError of each attempt.
  if (Array.isArray(e.errors) && e.errors.some((inner) => databaseUnavailable(inner, depth + 1))) return true;
  return databaseUnavailable(e.originalError, depth + 1) || databaseUnavailable(e.cause, depth + 1);
}

/** Seconds a client should wait before retrying while the database is unavailable (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
