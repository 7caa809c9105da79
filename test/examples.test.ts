/** The example queries kept beside the schema (schema/examples.graphql) all run and return data. */
import { examplesFile, readExampleQueries } from '../src/graphiql/graphiql';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const examples = readExampleQueries(examplesFile());

test('there are example queries: across partnerships, filtered, a search, a dashboard', () => {
  expect(examples.map((e) => e.name)).toEqual(
    expect.arrayContaining(['PartnershipList', 'InnovationsAcrossPartnerships', 'ExOffendersAcrossPartnerships', 'FilteredAndSorted', 'SearchApprentice', 'Dashboard']),
  );
});

test.each(examples.map((e) => [e.name, e.query]))('%s runs without errors and finds data', async (_name, query) => {
  const result = await t.client.request<Record<string, unknown>, Record<string, never>>(query);
  expect(result.errors).toBeUndefined();
  expect(JSON.stringify(result.data).length).toBeGreaterThan(200);
});
