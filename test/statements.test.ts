/**
 * SQL statements per request, for each question the benchmark asks (scripts/bench/cases.ts), as
 * anonymous and as admin: fixed by the query's shape, not by how many partnerships there are.
 */
import { Role } from '../src/access/roles';
import { ImportService } from '../src/modules/import/import.service';
import { CASES } from '../scripts/bench/cases';
import { syntheticDataSet } from '../scripts/synthetic';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
let adminKey: string;
beforeAll(async () => {
  t = await startTestHub();
  adminKey = await t.createKey(Role.ADMIN);
}, 120_000);
afterAll(() => t?.close());

async function statementsOf(name: string, caller: 'anonymous' | 'admin'): Promise<number> {
  const c = CASES.find((k) => k.name === name)!;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(caller === 'admin' ? { authorization: `Bearer ${adminKey}` } : {}) };
  const statements = await t.sql.during(async () => {
    // The export as the bench asks it, for one partnership: its rows (and so its batches) stay the same.
    const response = c.path
      ? await fetch(`${t.origin}${c.path}?partnership=bury-est`, { headers })
      : await fetch(t.url, { method: 'POST', headers, body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }) });
    const body = await response.text();
    expect(response.status).toBe(200);
    if (!c.path) expect(JSON.parse(body).errors).toBeUndefined();
  });
  // The API key lookup is the caller's, not the question's.
  return statements.filter((s) => !/"api_key"/.test(s)).length;
}

test('statements per request of every bench case do not grow with the number of partnerships', async () => {
  const callers = ['anonymous', 'admin'] as const;
  const small: Record<string, number> = {};
  for (const c of CASES) for (const caller of callers) small[`${c.name}/${caller}`] = await statementsOf(c.name, caller);

  await new ImportService(t.hub.orm.em.fork()).importDataSet(syntheticDataSet(15, undefined, { ownDocuments: true }));
  const large: Record<string, number> = {};
  for (const c of CASES) for (const caller of callers) large[`${c.name}/${caller}`] = await statementsOf(c.name, caller);

  console.log(Object.keys(small).map((k) => `${k}: ${small[k]} statements for 5 partnerships, ${large[k]} for 20`).join('\n'));
  expect(Object.values(small).every((n) => n > 0)).toBe(true);
  expect(large).toEqual(small);
}, 300_000);
