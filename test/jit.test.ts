/**
 * graphql-jit behind Apollo (GRAPHQL_JIT, on by default) answers exactly as graphql-js does: the
 * same JSON and HTTP status for nested reads, search, comparison, and every kind of refusal.
 * (The rest of the suite runs with the default, so every rule is also checked on jit.)
 */
import { Role } from '../src/access/roles';
import { CASES } from '../scripts/bench/cases';
import { startTestHub, type TestHub } from './support/hub';

let jit: TestHub;
let plain: TestHub;
const keys: Record<string, string> = {};
beforeAll(async () => {
  [jit, plain] = await Promise.all([startTestHub({ graphqlJit: true }), startTestHub({ graphqlJit: false })]);
  for (const [name, hub] of [['jit', jit], ['plain', plain]] as const) keys[name] = await hub.createKey(Role.ADMIN);
}, 180_000);
afterAll(async () => {
  await Promise.all([jit?.close(), plain?.close()]);
});

/** What a response says, request ids (random per request) and timings aside. */
async function answer(hub: TestHub, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text.replace(/"requestId":"[^"]+"/g, '"requestId":"…"') };
}

const reads = CASES.filter((c) => c.query).map((c) => [c.name, { query: c.query, variables: c.variables ?? {} }] as const);
const refusals: Array<readonly [string, unknown]> = [
  ['a variable of the wrong type', { query: 'query ($first: Int) { partnerships(first: $first) { totalCount } }', variables: { first: 'ten' } }],
  ['a missing required variable', { query: 'query ($slug: String!) { partnership(slug: $slug) { name } }', variables: {} }],
  ['an unknown field', { query: '{ partnerships { nonsense } }' }],
  ['a resolver refusing its input', { query: '{ partnerships(first: 1000) { totalCount } }' }],
  ['a malformed global ID', { query: '{ node(id: "not-base64!") { id } }' }],
  ['a mutation needing a key', { query: 'mutation { revokeApiKey(id: "QXBpS2V5OjE") { id } }' }],
  ['a query too deep', { query: '{ partnerships { edges { node { projects { partners { organisation { partnerships { edges { node { projects { partners { organisation { name } } } } } } } } } } } } }' }],
  ['an unknown operation name', { query: 'query A { viewer { role } }', operationName: 'B' }],
  // A recursive input type (and/or/not) in a variable: jit cannot compile it, graphql-js runs it.
  ['a variable of a recursive input type', { query: 'query ($f: PartnershipFilter) { partnerships(filter: $f) { totalCount edges { node { slug } } } }', variables: { f: { or: [{ programmes: ['ESF'] }, { countries: ['wales'] }] } } }],
  // jit refused a non-null variable left to its default as "not provided" (found by the dashboard, issue 13).
  ['a non-null variable left to its default', { query: 'query ($lang: LanguageCode! = "cy") { indicators { code label(lang: $lang) } }', variables: {} }],
  ['a node of an abstract type', { query: '{ search(query: "apprentice", first: 3) { edges { node { record { __typename ... on Node { id } } } } } }' }],
];

test.each([...reads, ...refusals])('%s: the same answer with and without jit, anonymous and admin', async (_name, body) => {
  for (const caller of ['anonymous', 'admin'] as const) {
    const [a, b] = await Promise.all([
      answer(jit, body, caller === 'admin' ? { authorization: `Bearer ${keys.jit}` } : {}),
      answer(plain, body, caller === 'admin' ? { authorization: `Bearer ${keys.plain}` } : {}),
    ]);
    // IDs are made with each database's own secret: compare everything else.
    const normalise = (s: string) => s.replace(/"id":"[A-Za-z0-9_-]+"/g, '"id":"…"');
    expect({ status: a.status, body: normalise(a.body) }).toEqual({ status: b.status, body: normalise(b.body) });
    expect(a.body.length).toBeGreaterThan(20);
  }
});
