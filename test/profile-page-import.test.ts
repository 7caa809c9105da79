/**
 * Issue 11 point 5: `npm run import -- --profile-page <page.txt>` imports a page as a new partnership
 * through the seed's import path; it is then readable over GraphQL with provenance, found by search,
 * and a second import of the page is refused without changing anything.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Role } from '../src/access/roles';
import { readProfilePage } from '../src/modules/import/profile-page.files';
import { importProfilePage } from '../src/modules/import/profile-page.import';
import { ProfilePageError } from '../src/modules/import/profile-page.parser';
import { startTestHub, type TestHub } from './support/hub';
import { fileDatabase } from './support/databases';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const PAGE = join(__dirname, 'fixtures', 'profile-pages', 'valleys-pathways.txt');
const page = () => readProfilePage(PAGE, { slug: 'valleys-pathways', asOf: '2026-12-01' });

const DETAIL = /* GraphQL */ `
  query ($slug: String!) {
    partnership(slug: $slug) {
      name acronym programme round theme status action2EndDate action3EndDate
      themeConcept { code }
      fieldSources { field source { section quote document { title } } }
      objectives { text source { section quote document { title kind } } }
      targetGroups { label concepts { code } source { quote } }
      beneficiaryCategories { label source { section quote } }
      projects { name summary source { section } }
      innovations { dimension level source { section } }
      observations { value qualifier statedAs metric { label } source { section quote } }
      contacts { name email source { section quote } }
    }
  }
`;

test('the page becomes a new partnership, readable over GraphQL with a source on every record', async () => {
  const result = await importProfilePage(t.hub.orm.em.fork(), page());
  expect(result).toMatchObject({ file: 'valleys-pathways.txt', partnership: 'valleys-pathways', skipped: false });

  const { partnership: p } = await (await t.clientAs(Role.ADMIN)).data<{ partnership: any }, { slug: string }>(DETAIL, { slug: 'valleys-pathways' });
  expect(p).toMatchObject({
    name: 'Valleys Pathways Partnership',
    acronym: 'VPP',
    programme: 'EQUAL',
    round: 2,
    theme: 'Employability',
    themeConcept: { code: 'employability' },
    status: 'COMPLETED',
    action2EndDate: '2007-06-30',
    action3EndDate: '2007-12-31',
  });
  const document = { title: 'Valleys Pathways Partnership', kind: 'PROFILE_PAGE' };
  expect(p.objectives).toEqual([
    { text: 'Offer every care leaver a mentor who has been through care', source: { section: 'Objectives', quote: 'Offer every care leaver a mentor who has been through care', document } },
    { text: 'Place 40 young people with local employers', source: { section: 'Objectives', quote: 'Place 40 young people with local employers', document } },
    { text: 'Train mentors to train others', source: { section: 'Objectives', quote: 'Train mentors to train others', document } },
  ]);
  expect(p.fieldSources).toEqual(
    expect.arrayContaining([
      { field: 'ROUND_ONE_HISTORY', source: { section: 'Round 1 to Round 2', quote: expect.stringMatching(/^The partnership builds on its Round One predecessor/), document: { title: document.title } } },
      { field: 'ACTION_3_END_DATE', source: { section: 'End-dates', quote: 'Action 3: 31 December 2007', document: { title: document.title } } },
    ]),
  );
  expect(p.targetGroups).toEqual([
    { label: 'People leaving care', concepts: [{ code: 'care-leavers' }], source: { quote: 'People leaving care' } },
    { label: 'Young people', concepts: [{ code: 'young-people' }], source: { quote: 'Young people' } },
  ]);
  expect(p.beneficiaryCategories.map((b: { label: string }) => b.label)).toEqual(['Care leavers', 'Young people (16-25)', 'Unemployed']);
  expect(p.projects).toEqual([{ name: 'Rhondda Routes Partnership', summary: expect.stringContaining('Round One predecessor'), source: { section: 'Round 1 to Round 2' } }]);
  expect(p.innovations).toEqual([{ dimension: 'PRACTICE', level: 'REGIONAL', source: { section: 'Scatter plot > Practice/Regional' } }]);
  expect(p.observations).toEqual([
    { value: 1200, qualifier: 'AT_LEAST', statedAs: 'over 1,200', metric: { label: 'Total beneficiaries' }, source: { section: 'Beneficiaries', quote: 'Total beneficiaries: over 1,200' } },
  ]);
  expect(p.contacts).toEqual([
    { name: 'Gwen Jones', email: null, source: { section: 'Contact', quote: 'Gwen Jones, Valleys Trust (VT)' } },
    { name: 'Rhodri Evans', email: 'rhodri.evans@example.org', source: { section: 'Contact', quote: 'Rhodri Evans, Valleys Trust (VT), rhodri.evans@example.org' } },
  ]);
});

test('what is derived from it is current: search finds it', async () => {
  const { search } = await t.client.data<{ search: { edges: Array<{ node: { partnership: { slug: string }; source: { section: string } } }> } }, Record<string, never>>(
    /* GraphQL */ `{ search(query: "mentor", first: 10) { edges { node { partnership { slug } source { section } } } } }`,
  );
  expect(search.edges.map((e) => e.node.partnership.slug)).toContain('valleys-pathways');
});

test('importing the page again is refused and changes nothing', async () => {
  const count = () => t.hub.orm.em.fork().getConnection().execute('select count(*)::int as n from partnership');
  const before = await count();
  await expect(importProfilePage(t.hub.orm.em.fork(), page())).rejects.toThrow(
    new ProfilePageError('partnership "valleys-pathways" is already in the hub: a profile page imports a new partnership (choose another --slug, or edit the existing one)'),
  );
  await expect(importProfilePage(t.hub.orm.em.fork(), readProfilePage(PAGE, { slug: 'valleys-pathways-2' }))).rejects.toThrow(
    /source document "valleys-pathways" is already in the hub/,
  );
  expect(await count()).toEqual(before);
});

test('generated pages either import or are refused with a ProfilePageError, never a database error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-pages-'));
  const line = fc.oneof(
    fc.constantFrom('Objectives', 'Target Groups', 'Contact', 'Beneficiaries', 'Achievements', 'Scatter plot', 'Round', 'End-dates', 'Background', 'Transnational partnerships'),
    fc.constantFrom('  • an item', 'Total beneficiaries: about 40', 'Action 3: 31 March 2008', 'Jo Bloggs, Some Trust (ST), , Al Smith, Other Org', 'A title:', 'Product/Local', '2', ''),
    fc.string({ maxLength: 300 }),
  );
  let n = 0;
  let imported = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
      const i = ++n;
      const path = join(dir, `generated-${i}.txt`);
      writeFileSync(path, ['Generated Partnership', '', ...lines].join('\n'));
      try {
        const result = await importProfilePage(t.hub.orm.em.fork(), readProfilePage(path, { slug: `generated-${i}`, asOf: '2026-12-01' }));
        expect(result.partnership).toBe(`generated-${i}`);
        imported++;
      } catch (e) {
        expect(e).toBeInstanceOf(ProfilePageError);
      }
    }),
    { numRuns: 15 },
  );
  expect(imported).toBeGreaterThan(0);
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import -- --profile-page', () => {
  const ROOT = join(__dirname, '..');
  // The CLI against a database of its own: a fresh one on TEST_DATABASE_URL's server, else an embedded one in a new DATA_DIR.
  let target: { env: Record<string, string>; stop: () => Promise<void> };
  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      const { database } = await fileDatabase(process.env.TEST_DATABASE_URL);
      target = { env: { DATABASE_URL: database.url }, stop: database.stop };
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), 'profile-import-'));
      target = { env: { DATA_DIR: dataDir }, stop: async () => rmSync(dataDir, { recursive: true, force: true }) };
    }
  });
  afterAll(() => target?.stop());

  const run = async (command: string, args: string[]) => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', INIT_CWD: ROOT, LOG_LEVEL: 'silent', ...target.env };
    try {
      const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: ROOT, env });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
      return { code, stdout, stderr };
    }
  };
  const page = join('test', 'fixtures', 'profile-pages', 'black-mountains-care.txt');

  test('imports the page as a new partnership; a second run is refused with one line and exit 1', async () => {
    const first = await run('npm', ['run', '-s', 'import', '--', '--profile-page', page, '--slug', 'black-mountains-care']);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/^imported black-mountains-care\.txt as partnership "black-mountains-care" \(.*2 Objective.*\)\n$/) });
    expect(first.stderr).toContain('none listed: Beneficiaries');
    // The build above is current: the second run calls the built CLI directly.
    const second = await run(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'import.js'), '--profile-page', page, '--slug', 'black-mountains-care']);
    expect(second).toMatchObject({ code: 1, stdout: '' });
    expect(second.stderr.trim().split('\n').pop()).toBe(
      'import: partnership "black-mountains-care" is already in the hub: a profile page imports a new partnership (choose another --slug, or edit the existing one)',
    );
  }, 240_000);
});
