/**
 * The hostile-request suite: requests an attacker or a broken client sends to a hub on the
 * internet, against a hub configured for production (introspection and suggestions off). Each
 * case states the HTTP status and error code it must get; every answer is checked for stack
 * traces, SQL, file paths and personal data, every JSON error for the request id; and after the
 * suite the hub still answers a normal query with the data it had.
 */
import { createConnection } from 'node:net';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config';
import { Role } from '../src/access/roles';
import { startTestHub, type TestHub } from './support/hub';
import { capturingLogger, leaksIn, raw, type RawResponse } from './support/http';

// Introspection and suggestions are on by default; this hub switches them off, as an operator may.
const production = loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'false', FIELD_SUGGESTIONS: 'false' });
const KEY_BUDGET = 3;

let t: TestHub;
const log = capturingLogger();
beforeAll(async () => {
  t = await startTestHub(
    {
      nodeEnv: 'production',
      introspection: production.introspection,
      fieldSuggestions: production.fieldSuggestions,
      rateLimit: { ...production.rateLimit, keyRequests: KEY_BUDGET },
    },
    { logger: log.logger },
  );
});
afterAll(() => t?.close());

/** Personal data of the seed (contact persons): never in an answer to these requests. */
const PERSONAL = ['Christine Cameron', 'Alison Thomas', 'Anthony Walters'];

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
});
const query = (q: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => json({ query: q, variables }, headers);
const cursor = (values: unknown) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

/** Sends bytes the fetch API would refuse to send, and returns the raw HTTP answer. */
function rawHttp(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write(request, 'latin1'));
    let answer = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer in 5 s')));
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

interface Case {
  name: string;
  /** The request, relative to /graphql (or a path), or a function for what fetch cannot send. */
  send: () => Promise<RawResponse | string>;
  /** Expected HTTP status; a list when the lead's authentication decides (anonymous 200 or 401). */
  status: number | number[];
  /** Expected extensions.code of the first error; null: no errors at all. */
  code: string | null | Array<string | null>;
  /** Extra facts about the answer. */
  check?: (r: RawResponse) => void;
}

const post = (init: RequestInit, path = '') => () => raw(`${t.url}${path}`, init);
const get = (search: string, headers: Record<string, string> = {}) => () => raw(`${t.url}?${search}`, { headers: { accept: 'application/json', ...headers } });
const noData = (r: RawResponse) => expect(r.body?.data ?? null).toBeNull();
/**
 * A cursor names the ordering it belongs to (its first value) and carries record ids permuted
 * (its last): forged ones take both from a real one.
 */
const withSignature = (send: (signature: string, id: number) => Promise<RawResponse>) => async () => {
  const first = await raw(t.url, query('{ partnerships(first: 1) { pageInfo { endCursor } } }'));
  const endCursor = (first.body?.data as { partnerships: { pageInfo: { endCursor: string } } }).partnerships.pageInfo.endCursor;
  const values = JSON.parse(Buffer.from(endCursor, 'base64url').toString('utf8')) as [string, ...unknown[]];
  return send(values[0], values[values.length - 1] as number);
};

const DEEP = (levels: number) => `{ partnership(slug: "conwy") { places { ${'parent { '.repeat(levels - 3)}name${' }'.repeat(levels - 3)} } } }`;
const FRAGMENT_BOMB = `{ partnership(slug: "conwy") { ...F0 } } ${repeat(30, (i) => `fragment F${i} on Partnership { ...F${i + 1} ...F${i + 1} }`)} fragment F30 on Partnership { slug }`;
const ANONYMOUS_OUTCOME = { status: [200, 401], code: [null, 'UNAUTHENTICATED'] };

const cases: Case[] = [
  // Shape of the operation
  // Subscriptions: a client's mistake, a 4xx with its own code, never an internal error in the error log ("after the suite").
  { name: 'a subscription over HTTP', send: post(query('subscription { partnerships { totalCount } }')), status: 400, code: 'OPERATION_NOT_SUPPORTED', check: noData },
  { name: 'a named subscription of __typename, also over GET', send: get(`query=${encodeURIComponent('subscription S { __typename }')}`), status: [400, 405], code: ['OPERATION_NOT_SUPPORTED', 'BAD_REQUEST', 'METHOD_NOT_ALLOWED'], check: noData },
  { name: 'nesting one level past MAX_DEPTH', send: post(query(DEEP(11))), status: 400, code: 'QUERY_TOO_DEEP', check: noData },
  { name: 'nesting 300 levels deep', send: post(query(DEEP(300))), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: 'nesting 2000 levels deep (too many tokens to parse)', send: post(query(DEEP(2000))), status: 400, code: 'QUERY_TOO_LARGE' },
  { name: 'alias bomb: 100 aliases of one field', send: post(query(`{ partnership(slug: "conwy") { ${repeat(100, (i) => `a${i}: name`)} } }`)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: 'alias bomb: 50 aliased top-level lists', send: post(query(`{ ${repeat(50, (i) => `a${i}: partnerships(first: 100) { totalCount }`)} }`)), status: 400, code: 'TOO_MANY_ROOT_FIELDS' },
  { name: 'alias bomb hidden in a fragment spread 3 times', send: post(query(`{ partnership(slug: "seem") { ...A ... on Partnership { ...A ...A } } } fragment A on Partnership { ${repeat(8, (i) => `a${i}: slug`)} }`)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: 'fragment cycle A -> B -> A', send: post(query('{ partnership(slug: "conwy") { ...A } } fragment A on Partnership { slug ...B } fragment B on Partnership { name ...A }')), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', check: (r) => expect(r.body?.errors?.[0].message).toBe('Cannot spread fragment "A" within itself via "B".') },
  { name: 'fragment spreading itself', send: post(query('{ partnership(slug: "conwy") { ...A } } fragment A on Partnership { slug ...A }')), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', check: (r) => expect(r.body?.errors?.[0].message).toBe('Cannot spread fragment "A" within itself.') },
  { name: 'fragment explosion: 2^30 spreads', send: post(query(FRAGMENT_BOMB)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'cost bomb: lists nested in a page of 100', send: post(query('{ partnerships(first: 100) { edges { node { organisations { partnerships { organisations { partnerships { slug } } } } } } } }')), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'cost bomb with the page size in a variable', send: post(query('query ($n: Int) { partnerships(first: $n) { edges { node { organisations { partnerships { organisations { name } } } } } } }', { n: 100 })), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'the same field 900 times (validation budget)', send: post(query(`{ partnership(slug: "conwy") { ${'slug '.repeat(900)} } }`)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: '100 @include directives on one field', send: post(query(`{ partnership(slug: "conwy") { slug ${'@include(if: true) '.repeat(100)} } }`)), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: '400 unknown directives (validation stops at 100 errors)', send: post(query(`{ __typename ${repeat(400, (i) => `@d${i}`)} }`)), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', check: (r) => expect(r.body!.errors!.length).toBeLessThanOrEqual(101) },

  // Pagination arguments
  { name: 'a page of 100000', send: post(query('{ partnerships(first: 100000) { totalCount } }')), status: 200, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a negative page size', send: post(query('{ partnerships(first: -1) { edges { node { slug } } } }')), status: 200, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a page size beyond 32 bits', send: post(query('{ partnerships(first: 2147483648) { totalCount } }')), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', check: noData },
  { name: 'a page size of 10^12 in a variable', send: post(query('query ($n: Int) { partnerships(first: $n) { totalCount } }', { n: 1e12 })), status: 400, code: 'BAD_USER_INPUT', check: noData },
  { name: 'first and last together', send: post(query('{ partnerships(first: 2, last: 2) { totalCount } }')), status: 200, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a cursor that is SQL', send: post(query(`{ partnerships(after: "' OR '1'='1") { edges { node { slug } } } }`)), status: 200, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a well-formed cursor holding SQL', send: withSignature((sig, id) => post(query(`{ partnerships(after: "${cursor([sig, "x' or 1=1 --", id])}") { edges { node { slug } } } }`))()), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ partnerships: { edges: [] } }) },
  { name: 'a forged cursor whose values do not fit the columns', send: post(query(`{ partnerships(after: "${cursor(['a', 'not-an-id'])}") { edges { node { slug } } } }`)), status: 200, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a 2 KB cursor', send: post(query(`{ partnerships(before: "${'A'.repeat(2048)}") { totalCount } }`)), status: 200, code: 'BAD_USER_INPUT', check: noData },
  { name: 'nodes(ids:) with 5000 IDs', send: post(query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 5000 }, (_, i) => `id${i}`) })), status: 200, code: 'BAD_USER_INPUT', check: noData },

  // Values
  { name: 'SQL in a slug', send: post(query(`{ partnership(slug: "x' or 1=1 --") { slug name } }`)), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ partnership: null }) },
  { name: 'SQL in a key, with a statement separator', send: post(query('query ($k: String!) { organisation(key: $k) { name } }', { k: "'; drop table partnership; --" })), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ organisation: null }) },
  { name: 'SQL in a global ID', send: post(query(`{ node(id: "${Buffer.from('Partnership:1 or 1=1').toString('base64url')}") { id } }`)), status: 200, code: 'BAD_USER_INPUT', check: (r) => expect(r.body?.data).toEqual({ node: null }) },
  { name: 'a NUL character in an argument', send: post(query('{ partnership(slug: "a\\u0000b") { slug } }')), status: 400, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a NUL character in a variable', send: post(query('query ($s: String!) { partnership(slug: $s) { slug } }', { s: 'bury-est\u0000' })), status: 400, code: 'BAD_USER_INPUT', check: noData },
  { name: 'a 90 KB string argument', send: post(query(`{ partnership(slug: "${'x'.repeat(90_000)}") { slug } }`)), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ partnership: null }) },
  { name: 'a variables object with 5000 entries', send: post(query('{ partnership(slug: "conwy") { slug } }', Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`v${i}`, i])))), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ partnership: { slug: 'conwy' } }) },

  // Bodies
  { name: 'a body over MAX_BODY_BYTES', send: post(query(`{ partnership(slug: "${'x'.repeat(200_000)}") { slug } }`)), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a gzip bomb (100 KB that inflates to 20 MB)', send: post({ ...json(gzipSync(Buffer.from(`{"query":"{ __typename }","x":"${' '.repeat(20_000_000)}"}`))), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'an unknown content encoding', send: post({ ...json('{"query":"{ __typename }"}'), headers: { 'content-type': 'application/json', 'content-encoding': 'x-compress' } }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'invalid JSON', send: post(json('{"query": "{ __typename }"')), status: 400, code: 'BAD_REQUEST', check: (r) => expect(r.body?.errors?.[0].message).toBe('Request body is not valid JSON') },
  { name: 'a JSON string instead of an object', send: post(json('"{ __typename }"')), status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON number', send: post(json('42')), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty JSON object', send: post(json('{}')), status: 400, code: 'BAD_REQUEST' },
  { name: 'invalid UTF-8 bytes', send: post(json(Buffer.concat([Buffer.from('{"query":"{ partnership(slug: \\"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\\") { slug } }"}')]))), status: 400, code: 'BAD_REQUEST', check: (r) => expect(r.body?.errors?.[0].message).toBe('Request body is not valid UTF-8') },
  { name: 'a UTF-16 body', send: post({ ...json(Buffer.from('{"query":"{ __typename }"}', 'utf16le')), headers: { 'content-type': 'application/json; charset=utf-16le' } }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a Latin-1 body', send: post({ ...json('{"query":"{ __typename }"}'), headers: { 'content-type': 'application/json; charset=latin1' } }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'query that is not a string', send: post(json({ query: { kind: 'Document' } })), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables that are a JSON string', send: post(json({ query: '{ __typename }', variables: '{"a":1}' })), status: 400, code: 'BAD_REQUEST' },
  { name: 'a syntax error', send: post(query('{ partnership(slug: "conwy") { slug }')), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown operationName', send: post(json({ query: 'query A { __typename }', operationName: 'B' })), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two operations and no operationName', send: post(json({ query: 'query A { __typename } query B { __typename }' })), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'a persisted-query hash never registered (APQ)', send: post(json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })), status: 200, code: 'PERSISTED_QUERY_NOT_FOUND' },

  // Batches, methods, content types, CSRF
  { name: 'an array batch of two operations', send: post(json([{ query: '{ __typename }' }, { query: '{ __typename }' }])), status: 400, code: 'BAD_REQUEST', check: (r) => expect(r.body?.errors?.[0].message).toBe('Operation batching disabled.') },
  { name: 'an array batch of 1000 operations', send: post(json(Array.from({ length: 1000 }, () => ({ query: '{ partnerships { totalCount } }' })))), status: 400, code: 'BAD_REQUEST' },
  // CSRF is possible only with ambient credentials: the hub uses none, so the check applies to requests carrying cookies (src/http/http-edge.ts).
  { name: 'CSRF: a text/plain POST with a cookie (a form can send it)', send: post({ method: 'POST', headers: { 'content-type': 'text/plain', cookie: 'session=1' }, body: '{"query":"{ partnerships { totalCount } }"}' }), status: 400, code: 'CSRF_SUSPECTED', check: (r) => expect(r.body?.errors?.[0].message).toMatch(/^A request with cookies needs a JSON Content-Type/) },
  { name: 'CSRF: a POST with a cookie and without content-type', send: post({ method: 'POST', headers: { cookie: 'session=1' }, body: '{"query":"{ partnerships { totalCount } }"}' }), status: 400, code: 'CSRF_SUSPECTED' },
  { name: 'CSRF: a url-encoded form POST with a cookie', send: post({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'session=1' }, body: 'query=%7B__typename%7D' }), status: 400, code: 'CSRF_SUSPECTED' },
  { name: 'CSRF: a multipart form POST with a cookie', send: post({ method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: 'session=1' }, body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n' }), status: 400, code: 'CSRF_SUSPECTED' },
  { name: 'CSRF: a simple GET with a cookie (an <img> can send it)', send: get('query=%7B%20partnerships%20%7B%20totalCount%20%7D%20%7D', { cookie: 'session=1' }), status: 400, code: 'CSRF_SUSPECTED' },
  { name: 'a text/plain POST without cookies is 415 (not JSON)', send: post({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ partnerships { totalCount } }"}' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a simple GET query without cookies is served (urql / Apollo Client GET mode)', send: get('query=%7B%20partnerships%20%7B%20totalCount%20%7D%20%7D'), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ partnerships: { totalCount: 5 } }) },
  { name: 'a GET query with the preflight header is served', send: get('query=%7B%20partnerships%20%7B%20totalCount%20%7D%20%7D', { 'apollo-require-preflight': 'true' }), status: 200, code: null, check: (r) => expect(r.body?.data).toEqual({ partnerships: { totalCount: 5 } }) },
  { name: 'a mutation over GET', send: get('query=mutation%20%7B%20__typename%20%7D', { 'apollo-require-preflight': 'true' }), status: 405, code: 'BAD_REQUEST', check: (r) => expect(r.headers.get('allow')).toBe('POST') },
  { name: 'an XML body', send: post({ method: 'POST', headers: { 'content-type': 'application/xml', 'apollo-require-preflight': 'true' }, body: '<query>{ __typename }</query>' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'PUT', send: post({ ...json({ query: '{ __typename }' }), method: 'PUT' }), status: 405, code: 'BAD_REQUEST' },
  { name: 'DELETE', send: post({ method: 'DELETE', headers: { 'apollo-require-preflight': 'true' } }), status: 405, code: 'BAD_REQUEST' },

  // What the server tells about itself
  { name: 'introspection (__schema) when disabled', send: post(query('{ __schema { types { name fields { name } } } }')), status: 403, code: 'INTROSPECTION_DISABLED', check: noData },
  { name: 'introspection (__type) when disabled', send: post(query('{ __type(name: "ContactPerson") { fields { name } } }')), status: 403, code: 'INTROSPECTION_DISABLED', check: noData },
  {
    name: 'introspection with an analyst key (signed-in partners may explore the schema)',
    send: async () => raw(t.url, query('{ __type(name: "Partnership") { name } }', undefined, { authorization: `Bearer ${await t.createKey(Role.ANALYST)}` })),
    status: 200,
    code: null,
    check: (r) => expect(r.body?.data).toEqual({ __type: { name: 'Partnership' } }),
  },
  { name: 'probing field names by typos (no suggestions in production)', send: post(query('{ partnership(slug: "conwy") { contact { nam } } }')), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', check: (r) => expect(r.body?.errors?.[0].message).toBe('Cannot query field "contact" on type "Partnership".') },
  { name: 'a request id that is not an id is replaced', send: post(query('{ __typename }', undefined, { 'x-request-id': '<script>alert(1)</script>' })), status: 200, code: null, check: (r) => expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/) },

  // Authorization headers: their meaning is the key checker's; here they must not crash or leak.
  { name: 'Authorization: Bearer without a token', send: post(query('{ partnerships { totalCount } }', undefined, { authorization: 'Bearer' })), ...ANONYMOUS_OUTCOME },
  { name: 'Authorization: a forged bearer token', send: post(query('{ partnerships { totalCount } }', undefined, { authorization: 'Bearer hub_forged_0123456789abcdef' })), ...ANONYMOUS_OUTCOME },
  { name: 'Authorization: a Basic header', send: post(query('{ partnerships { totalCount } }', undefined, { authorization: 'Basic YWRtaW46YWRtaW4=' })), ...ANONYMOUS_OUTCOME },
  { name: 'Authorization: an 8 KB bearer token', send: post(query('{ partnerships { totalCount } }', undefined, { authorization: `Bearer ${'k'.repeat(8192)}` })), ...ANONYMOUS_OUTCOME },
  { name: "Authorization: SQL as the token", send: post(query('{ partnerships { totalCount } }', undefined, { authorization: "Bearer ' or 1=1 --" })), ...ANONYMOUS_OUTCOME },
  {
    name: 'Authorization with control characters (raw HTTP)',
    send: () => rawHttp(Number(new URL(t.url).port), 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer \x01\x7f\r\nContent-Length: 26\r\n\r\n{"query":"{ __typename }"}'),
    status: 400,
    code: null,
  },
  { name: 'a 32 KB header block', send: post(query('{ __typename }', undefined, { authorization: `Bearer ${'k'.repeat(32 * 1024)}` })), status: 431, code: null },
  { name: 'a 100 KB query string', send: get(`query=${'%20'.repeat(100_000)}%7B__typename%7D`, { 'apollo-require-preflight': 'true' }), status: 431, code: null },
];

/** The rate limit: one key's budget used up. */
async function overrun(): Promise<RawResponse> {
  const headers = { authorization: `Bearer ${await t.createKey(Role.ANALYST)}` };
  for (let i = 0; i < KEY_BUDGET; i++) {
    const r = await raw(t.url, query('{ __typename }', undefined, headers));
    expect(r.status).toBe(200);
  }
  return raw(t.url, query('{ __typename }', undefined, headers));
}
cases.push({
  name: 'a caller over its rate limit',
  send: overrun,
  status: 429,
  code: 'RATE_LIMITED',
  check: (r) => {
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(r.body?.errors?.[0].extensions?.retryAfter).toBe(Number(r.headers.get('retry-after')));
  },
});

test('the suite has at least 40 cases, each with its own name', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test(`answers ${JSON.stringify(c.status)} ${JSON.stringify(c.code)}, without internals or personal data`, async () => {
    const answer = await c.send();
    const text = typeof answer === 'string' ? answer : answer.text;
    expect(leaksIn(text)).toEqual([]);
    for (const name of PERSONAL) expect(text).not.toContain(name);

    if (typeof answer === 'string') {
      // Refused by Node's HTTP parser before the hub sees it: a bare status line.
      expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${c.status} `));
      return;
    }
    const statuses = Array.isArray(c.status) ? c.status : [c.status];
    expect(statuses).toContain(answer.status);
    if (answer.status === 431) return; // Node's own answer, before express: no body
    const errors = answer.body?.errors;
    const expected = Array.isArray(c.code) ? c.code[statuses.indexOf(answer.status)] : c.code;
    if (expected === null) {
      expect(errors).toBeUndefined();
      expect(answer.body?.data).toBeTruthy();
    } else {
      expect(errors?.[0]?.extensions?.code).toBe(expected);
      // Every error can be quoted to the operator: it carries this request's id.
      for (const e of errors!) expect(e.extensions?.requestId).toBe(answer.headers.get('x-request-id'));
    }
    c.check?.(answer);
  });
});

describe('after the suite', () => {
  test('the hub still answers a normal query, with all its data', async () => {
    const r = await raw(t.url, query('{ partnerships(first: 10) { totalCount edges { node { slug } } } }'));
    expect(r.status).toBe(200);
    expect(r.body?.errors).toBeUndefined();
    expect((r.body?.data?.partnerships as { totalCount: number }).totalCount).toBe(5);
    const health = await raw(`${t.origin}/health`);
    expect(health.body).toEqual({ status: 'ok' });
  });

  test('nothing in the suite was an internal error: no "resolver failed" or "http request failed" log line', () => {
    const failures = log.lines.filter((l) => (l.level as number) >= 50);
    expect(failures).toEqual([]);
    // Refusals are logged, with their request id, for the operator.
    expect(log.lines.some((l) => l.msg === 'request refused by a limit' && typeof l.requestId === 'string')).toBe(true);
  });
});
