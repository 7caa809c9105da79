import { Writable } from 'node:stream';
import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import type { Logger } from '../../src/logger';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body, or undefined when the body is not JSON. */
  body?: { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] };
}

/** One HTTP request exactly as given (no JSON encoding, no default headers). */
export async function raw(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: RawResponse['body'];
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** POSTs a GraphQL request as JSON. */
export function postQuery(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
}

export function codes(response: RawResponse): unknown[] {
  return (response.body?.errors ?? []).map((e) => e.extensions?.code);
}

/** What must never reach a client: stack frames, SQL and server error text, file paths. */
export const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /\bat [\w.<>$]+ \(|\n\s+at |\bstacktrace\b/],
  ['SQL', /\b(select|insert into|update|delete from)\b[^"]{0,80}\b(from|set|where|values)\b|syntax error at or near|relation "|canceling statement/i],
  ['a driver or ORM name', /\b(DriverException|knex|MikroORM|node-postgres|pglite)\b/i],
  ['a file path', /(\/(work|home|usr|src|node_modules|dist|tmp)\/)|\.[jt]s:\d+/],
];

export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
}

/** A pino logger whose JSON lines the test can read. */
export function capturingLogger(level: pino.Level = 'info'): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level, base: { service: 'partnership-data-hub' } }, sink), lines };
}
