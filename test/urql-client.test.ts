/**
 * Issue 12 point 2: urql's default client sends queries as GET (preferGetMethod 'within-url-limit')
 * with no preflight header; the hub serves them (no cookies: a GET cannot be a CSRF here), and
 * mutations still go by POST.
 */
import { Client, fetchExchange, gql } from '@urql/core';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ nodeEnv: 'production' });
}, 180_000);
afterAll(() => t?.close());

test("urql's default client: a query goes as GET without a preflight header and is answered", async () => {
  const sent: Array<{ method: string; headers: Record<string, string> }> = [];
  const recordingFetch: typeof fetch = (input, init) => {
    sent.push({ method: init?.method ?? 'GET', headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return fetch(input, init);
  };
  const client = new Client({ url: t.url, exchanges: [fetchExchange], fetch: recordingFetch });
  const result = await client.query(gql`query Slugs { partnerships(first: 5) { totalCount edges { node { slug } } } }`, {}).toPromise();
  expect(result.error).toBeUndefined();
  expect((result.data as { partnerships: { totalCount: number } }).partnerships.totalCount).toBe(5);
  expect(sent).toHaveLength(1);
  expect(sent[0].method).toBe('GET');
  expect(sent[0].headers['apollo-require-preflight']).toBeUndefined();
  expect(sent[0].headers['x-apollo-operation-name']).toBeUndefined();
});

test('a GraphQL error reaches urql as a CombinedError with the code', async () => {
  const client = new Client({ url: t.url, exchanges: [fetchExchange] });
  const result = await client.query(gql`query Bad($n: Int) { partnerships(first: $n) { totalCount } }`, { n: -1 }).toPromise();
  expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
