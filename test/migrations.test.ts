/** The schema comes from committed migrations (never from schema sync), and they match the entities. */
import { migrationsList } from '../migrations';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ seedOnStart: false });
});
afterAll(() => t?.close());

test('starting the hub applied every committed migration', async () => {
  const executed = await t.hub.orm.getMigrator().getExecutedMigrations();
  expect(migrationsList.length).toBeGreaterThan(0);
  expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
  expect(await t.hub.orm.getMigrator().getPendingMigrations()).toEqual([]);
});

test('the migrated database matches the entities: no change is waiting for a migration', async () => {
  const diff = await t.hub.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  // With TEST_DATABASE_URL, other test files' schemas (test_<12 hex>) share the database while this
  // runs, and MikroORM reads every schema's tables: the diff then proposes dropping theirs.
  const own = t.hub.orm.config.get('schema');
  const statements = diff
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !(/"test_[0-9a-f]{12}"/.test(s) && !s.includes(`"${own}"`)));
  expect(statements).toEqual([]);
});

test('the hub started without seeding when told not to', async () => {
  const { data } = await t.client.request<{ partnerships: { totalCount: number } }, Record<string, never>>('{ partnerships { totalCount } }');
  expect(data?.partnerships.totalCount).toBe(0);
});
