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
  // Only this hub's schema: other test files (and other branches' runs) share the server.
  const schema = t.hub.orm.config.get('schema') ?? 'public';
  const diff = await t.hub.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, schema });
  expect(diff.trim()).toBe('');
});

test('the hub started without seeding when told not to', async () => {
  const { data } = await t.client.request<{ partnerships: { totalCount: number } }, Record<string, never>>('{ partnerships { totalCount } }');
  expect(data?.partnerships.totalCount).toBe(0);
});
