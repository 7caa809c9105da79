/**
 * Issue 12 point 5, read replicas (DATABASE_REPLICA_URLS): queries and exports read from a
 * replica, mutations and API-key administration from the primary. The "replica" here is the test
 * database itself under another application_name, so each statement's pool can be told: MikroORM
 * logs the connection a statement ran on, and the pools' own acquisitions are counted.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { Role } from '../src/access/roles';
import { SetSharingDocument } from './generated/graphql';
import { raw } from './support/http';
import { startTestHub, type TestHub } from './support/hub';

const REPLICA_APP = 'hub_replica_test';
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({}, { replicaUrls: (url) => [`${url}${url.includes('?') ? '&' : '?'}application_name=${REPLICA_APP}`] });
});
afterAll(() => t?.close());

const VIA_READ = "(via read connection 'replica-1')";
// The primary's connection is named after its host.
const onPrimary = (statement: string) => /\(via write connection '[^']*'\)$/.test(statement);

/** Acquisitions from the primary's and the replica's pools while `fn` runs, and the statements it logged. */
async function pools(fn: () => Promise<unknown>) {
  const count = (type: 'read' | 'write') => {
    const pool = (t.hub.orm.em.getConnection(type).getKnex() as Knex).client.pool as { on(e: string, f: () => void): void; removeListener(e: string, f: () => void): void };
    const seen = { n: 0 };
    const listener = () => (seen.n += 1);
    pool.on('acquireSuccess', listener);
    return { seen, stop: () => pool.removeListener('acquireSuccess', listener) };
  };
  const read = count('read');
  const write = count('write');
  try {
    const statements = await t.sql.during(fn);
    return { read: read.seen.n, write: write.seen.n, statements };
  } finally {
    read.stop();
    write.stop();
  }
}

describe('read replicas', () => {
  test("the replica's connections are the replica URL's (its application_name), the primary's are not", async () => {
    const setting = async (type: 'read' | 'write') =>
      ((await t.hub.orm.em.getConnection(type).execute<Array<{ name: string }>>("select current_setting('application_name') as name"))[0]).name;
    // What each pool's connections were opened with.
    const opened = async (type: 'read' | 'write') => {
      const client = (t.hub.orm.em.getConnection(type).getKnex() as Knex).client as {
        acquireConnection(): Promise<{ connectionParameters: { application_name?: string } }>;
        releaseConnection(c: unknown): Promise<void>;
      };
      const connection = await client.acquireConnection();
      await client.releaseConnection(connection);
      return connection.connectionParameters.application_name;
    };
    expect(await opened('read')).toBe(REPLICA_APP);
    expect(await opened('write')).not.toBe(REPLICA_APP);
    // The embedded database serves every connection from one session (its socket multiplexes them), so
    // only a real server shows the setting per session.
    if (!t.hub.database.embedded) {
      expect(await setting('read')).toBe(REPLICA_APP);
      expect(await setting('write')).not.toBe(REPLICA_APP);
    }
  });

  test('an anonymous query (lists, nested compiled reads, a detail page) runs every statement on the replica', async () => {
    const query = `{
      partnerships(first: 10) { totalCount edges { node { slug objectives { text } projects { partners { organisation { name } } } } } }
      partnership(slug: "bury-est") { observations { value suppressed } }
      search(query: "apprentice", first: 5) { totalCount }
    }`;
    const used = await pools(() => t.client.data(query));
    expect(used.statements.length).toBeGreaterThanOrEqual(3);
    expect(used.statements.filter((s) => !s.endsWith(VIA_READ))).toEqual([]);
    expect(used.read).toBeGreaterThanOrEqual(1);
    expect(used.write).toBe(0);
  });

  test('a CSV export (its COPY) and an NDJSON export read from the replica', async () => {
    for (const format of ['csv', 'ndjson']) {
      const used = await pools(async () => expect((await raw(`${t.origin}/export/observations.${format}?partnership=bury-est`)).status).toBe(200));
      expect(used.statements.length).toBeGreaterThanOrEqual(1);
      expect(used.statements.filter((s) => !s.endsWith(VIA_READ))).toEqual([]);
      expect(used.write).toBe(0);
    }
  });

  test('a mutation, its reads and its answer included, runs on the primary (read-your-writes)', async () => {
    const admin = await t.clientAs(Role.ADMIN);
    const { partnership } = await admin.data<{ partnership: { id: string } }, object>('{ partnership(slug: "seem") { id } }');
    const used = await pools(() => admin.data(SetSharingDocument, { id: partnership.id, sharing: 'PARTNERS' }));
    expect(used.statements.length).toBeGreaterThanOrEqual(3);
    expect(used.statements.filter((s) => !onPrimary(s))).toEqual([]);
    expect(used.read).toBe(0);
    // The next query of another caller reads the change from the replica (here: the same database).
    expect(await t.client.data('{ partnership(slug: "seem") { slug } }')).toEqual({ partnership: null });
  });

  test('API-key administration (apiKeys, the key lookup of every request) reads from the primary', async () => {
    const admin = await t.clientAs(Role.ADMIN);
    const used = await pools(() => admin.data('{ apiKeys { prefix status } }'));
    expect(used.statements.filter((s) => !onPrimary(s))).toEqual([]);
    expect(used.read).toBe(0);
    // A query with a key: the key is looked up on the primary (a revocation counts at once), the query on the replica.
    const withKey = await pools(() => admin.data('{ partnerships(first: 1) { totalCount } }'));
    expect(withKey.statements.filter((s) => s.includes('from api_key')).every(onPrimary)).toBe(true);
    expect(withKey.statements.filter((s) => s.includes('from api_key'))).toHaveLength(1);
    expect(withKey.statements.filter((s) => !s.includes('from api_key')).every((s) => s.endsWith(VIA_READ))).toBe(true);
  });

  test('/metrics shows the replica pool beside the primary pool', async () => {
    await t.client.data('{ partnerships(first: 1) { totalCount } }');
    const text = (await raw(`${t.origin}/metrics`)).text;
    const sample = (name: string) => Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    const free = sample('hub_db_replica_pool_connections{replica="replica-1",state="free"}');
    const used = sample('hub_db_replica_pool_connections{replica="replica-1",state="used"}');
    expect(free + used).toBeGreaterThanOrEqual(1); // the query above opened one
    expect(sample('hub_db_replica_pool_connections{replica="replica-1",state="pending"}')).toBe(0);
    expect(sample('hub_db_pool_connections{state="free"}')).toBeGreaterThanOrEqual(0);
  });
});
