/**
 * No N+1: the dashboard's nested query over all partnerships runs the same number of SQL
 * statements whether the hub holds 5 partnerships or 20 (every relation goes through a
 * per-request DataLoader that batches one query per relation).
 */
import { ImportService } from '../src/modules/import/import.service';
import { NestedFilteredPartnershipsDocument, NestedPartnershipsDocument, PartnershipCountDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { syntheticDataSet } from '../scripts/synthetic';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

async function nestedQueryStatements() {
  let partnerships = 0;
  const statements = await t.sql.during(async () => {
    const data = await t.client.data(NestedPartnershipsDocument, { first: 100 });
    partnerships = data.partnerships.edges.length;
    // The answer is complete, not just cheap: every partnership has its lists.
    for (const { node } of data.partnerships.edges) {
      expect(node.objectives.length + node.observations.length + node.targetGroups.length).toBeGreaterThan(0);
    }
  });
  return { partnerships, statements };
}

/** A cross-partnership question: filtered, with each partnership's matching wording and its concepts. */
async function filteredQueryStatements() {
  let partnerships = 0;
  const statements = await t.sql.during(async () => {
    const data = await t.client.data(NestedFilteredPartnershipsDocument, {
      filter: { population: { concepts: ['disability'] }, or: [{ countries: ['wales'] }, { theme: { concepts: ['entrepreneurship'] } }] },
      concepts: ['disability'],
    });
    partnerships = data.partnerships.edges.length;
    for (const { node } of data.partnerships.edges) {
      expect(node.targetGroups.length + node.beneficiaryCategories.length).toBeGreaterThan(0);
      expect(node.targetGroups.every((g) => g.concepts.length > 0)).toBe(true);
    }
  });
  return { partnerships, statements };
}

let smallFiltered: Awaited<ReturnType<typeof filteredQueryStatements>>;

test('the nested dashboard query costs the same number of statements for 5 and for 20 partnerships', async () => {
  const small = await nestedQueryStatements();
  expect(small.partnerships).toBe(5);
  smallFiltered = await filteredQueryStatements();

  await new ImportService(t.hub.orm.em.fork()).importDataSet(syntheticDataSet(15));
  const large = await nestedQueryStatements();
  expect(large.partnerships).toBe(20);

  console.log(`nested query: ${small.statements.length} SQL statements for 5 partnerships, ${large.statements.length} for 20`);
  expect(large.statements.length).toBe(small.statements.length);
  // One statement per relation level, not per row: a dozen or so, whatever the data.
  expect(small.statements.length).toBeLessThanOrEqual(25);
});

test('totalCount costs one COUNT statement, and only when asked for', async () => {
  const { statements: notAsked } = await nestedQueryStatements();
  const asked = await t.sql.during(() => t.client.data(PartnershipCountDocument, {}));
  const counts = (statements: string[]) => statements.filter((s) => /select count\(\*\)/i.test(s));
  expect(counts(notAsked)).toHaveLength(0);
  expect(counts(asked)).toHaveLength(1);
});

test('a filtered nested query costs the same number of statements however many partnerships it returns', async () => {
  // Runs after the first test added 15 copies: 3 partnerships match among 5, 12 among 20.
  const large = await filteredQueryStatements();
  expect(smallFiltered.partnerships).toBe(3);
  expect(large.partnerships).toBe(12);
  console.log(`filtered nested query: ${smallFiltered.statements.length} SQL statements for 3 results, ${large.statements.length} for 12`);
  expect(large.statements.length).toBe(smallFiltered.statements.length);
  expect(smallFiltered.statements.length).toBeLessThanOrEqual(20);
});
