/**
 * Issue 12 point 2: graphql-http's server audits (the GraphQL over HTTP spec's own suite) against the
 * hub in production mode, as an anonymous caller. Every MUST audit passes; the SHOULD audits that fail
 * are named here and in the README with the reason, so a new failure shows up as a diff.
 */
import { auditServer } from 'graphql-http';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ nodeEnv: 'production' });
}, 180_000);
afterAll(() => t?.close());

test('every MUST audit of graphql-http passes as an anonymous caller in production', async () => {
  const results = await auditServer({ url: t.url, fetchFn: fetch });
  expect(results.length).toBeGreaterThan(40);
  const failedMust = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST')).map((r) => `${r.id} ${r.name}`);
  expect(failedMust).toEqual([]);
  const failedShould = results.filter((r) => r.status !== 'ok' && !r.name.startsWith('MUST')).map((r) => r.id).sort();
  expect(failedShould).toEqual(SHOULD_FAILURES);
}, 120_000);

/**
 * README "GraphQL over HTTP": Apollo Server answers a document that does not parse (572B), does not
 * validate (FDE2) or whose variables do not coerce (7B9B) with 400 also under application/json, where
 * the spec's legacy media type prefers 200. A 400 keeps such answers out of caches and lets clients
 * see the failure from the status; application/graphql-response+json clients get the 400 the spec asks.
 */
const SHOULD_FAILURES = ['572B', '7B9B', 'FDE2'];
