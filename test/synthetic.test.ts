/**
 * data:synthetic's copies (scripts/synthetic-sql.ts): a faithful copy answers exactly like its
 * original (modulo slug and name), as ADMIN and as anonymous; a copy with varied sharing and
 * counts shows anonymous callers no withheld figure and hides what is not PUBLIC.
 */
import { Role } from '../src/access/roles';
import { fillSynthetic, type SyntheticResult } from '../scripts/synthetic-sql';
import { GraphQLClient } from './support/graphql-client';
import { startTestHub, type TestHub } from './support/hub';

const DETAIL = `query Detail($slug: String!) { partnership(slug: $slug) { slug name description aims
  objectives { key text source { quote document { title } } } activities { key text } targetGroups { key label note }
  projects { key name summary partners { role organisation { key name } } }
  observations { key value statedAs subject sharing suppressed suppressionReason unit metric { key label }
    source { quote section } breakdown { key value statedAs suppressed suppressionReason } }
} }`;

let t: TestHub;
let admin: GraphQLClient;
let result: SyntheticResult;
beforeAll(async () => {
  t = await startTestHub();
  admin = await t.clientAs(Role.ADMIN);
  result = await fillSynthetic(t.hub.orm.em.fork(), { partnerships: 20, seed: 7 });
}, 300_000);
afterAll(() => t?.close());

/** The copy's answer with its own slug, name and keys turned back into its original's. */
const asOriginal = (answer: unknown, k: number) =>
  JSON.parse(JSON.stringify(answer).split(`-copy-${k}`).join('').split(` (copy ${k})`).join(''));

test('20 partnerships in total: 15 copies, each owning its documents, metrics and organisations', async () => {
  expect(result.created).toBe(15);
  const [row] = await t.hub.orm.em.fork().execute(
    `select count(*)::int as partnerships,
            (select count(*)::int from source_document) as documents,
            (select count(*)::int from source_passage sp join source_document d on d.id = sp.document_id where d.owner_id is null) as unowned,
            (select count(*)::int from indicator_observation o join source_passage sp on sp.id = o.source_id join source_document d on d.id = sp.document_id
              where d.owner_id <> o.partnership_id) as cited_from_others,
            (select count(*)::int from access_state) as derived, (select count(*)::int from search_index_state) as indexed
       from partnership`,
  );
  expect(row).toEqual({ partnerships: 20, documents: 20, unowned: 0, cited_from_others: 0, derived: 20, indexed: 20 });
  expect(result.copies.filter((c) => c.varied).length).toBeGreaterThan(0);
  expect(result.copies.filter((c) => !c.varied).length).toBeGreaterThan(0);
});

test('a faithful copy answers like its original, as ADMIN and as anonymous', async () => {
  const faithful = result.copies.filter((c) => !c.varied);
  for (const copy of faithful) {
    for (const client of [admin, t.client]) {
      const original = await client.data(DETAIL, { slug: copy.originSlug });
      const copied = await client.data(DETAIL, { slug: copy.slug });
      expect(asOriginal(copied, copy.k)).toEqual(original);
    }
  }
});

test('a varied copy: anonymous callers see no withheld figure and nothing that is not PUBLIC', async () => {
  const em = t.hub.orm.em.fork();
  let withheldSeen = 0;
  for (const copy of result.copies.filter((c) => c.varied)) {
    const rows = await em.execute<Array<{ key: string; sharing: string; withheld: string | null }>>(
      `select o.key, o.sharing, o.withheld_public as withheld from indicator_observation o join partnership p on p.id = o.partnership_id where p.slug = ? and o.parent_id is null`,
      [copy.slug],
    );
    const { partnership } = await t.client.data<{ partnership: { observations: Array<{ key: string; value: number | null; statedAs: string | null; suppressed: boolean }> } }, { slug: string }>(DETAIL, { slug: copy.slug });
    const shown = new Map(partnership.observations.map((o) => [o.key, o]));
    for (const row of rows) {
      const o = shown.get(row.key);
      if (row.sharing !== 'PUBLIC') expect(o).toBeUndefined();
      else if (row.withheld) {
        withheldSeen++;
        expect(o).toMatchObject({ value: null, statedAs: null, suppressed: true });
      } else expect(o?.suppressed).toBe(false);
    }
    // ADMIN sees every figure with its value.
    const adminAnswer = await admin.data<{ partnership: { observations: Array<{ suppressed: boolean }> } }, { slug: string }>(DETAIL, { slug: copy.slug });
    expect(adminAnswer.partnership.observations).toHaveLength(rows.length);
    expect(adminAnswer.partnership.observations.every((o) => !o.suppressed)).toBe(true);
  }
  expect(withheldSeen).toBeGreaterThan(0);
});
