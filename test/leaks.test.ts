/**
 * What a non-owner must not learn from the shape of an answer: who referred a person (Conwy's
 * referral teams, listed in the quotes' order), that a hidden record exists between two visible
 * ones (positions with gaps), or the order records were stored in (global IDs).
 */
import { Role } from '../src/access/roles';
import { GlobalIds } from '../src/graphql/global-id';
import {
  ConwyObjectivesDocument,
  ConwyReferralsDocument,
  DocumentPassagesDocument,
  NodeByIdDocument,
  OrganisationsByKeyDocument,
  SetSharingDocument,
} from './generated/graphql';
import type { GraphQLClient } from './support/graphql-client';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
let analyst: GraphQLClient;
let conwyEditor: GraphQLClient;
let admin: GraphQLClient;
beforeAll(async () => {
  t = await startTestHub();
  analyst = await t.clientAs(Role.ANALYST);
  conwyEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['conwy']);
  admin = await t.clientAs(Role.ADMIN);
});
afterAll(() => t?.close());

const REFERRERS = ['Supporting Children team', 'Mental Health team', 'Learning Disability Team'];
const TEAM_KEYS = ['conwy-supporting-children-team', 'conwy-mental-health-team', 'conwy-learning-disability-team'];
const QUOTES_SECTION = 'New Work Connections > Quotes from service users';
const CONWY_DOCUMENT = '003-ad525a32b259ab58';

describe("Conwy's referral teams cannot be paired with the quotes", () => {
  test.each([['public'], ['analyst']])('as %s: no partner, organisation, passage or order names a referrer', async (who) => {
    const client = who === 'public' ? t.client : analyst;
    const { partnership } = await client.data(ConwyReferralsDocument, {});
    // The quotes themselves stay, their referrers masked.
    expect(partnership!.testimonials.map((q) => q.ordinal)).toEqual([0, 1, 2]);
    expect(partnership!.testimonials.every((q) => q.referredBy === null)).toBe(true);
    const nwc = partnership!.projects.find((p) => p.key === 'new-work-connections')!;
    expect(nwc.partners.length).toBeGreaterThan(0);
    expect(nwc.partners.map((p) => p.organisation.name)).not.toEqual(expect.arrayContaining([REFERRERS[0]]));
    expect(nwc.partners.some((p) => p.source.section === QUOTES_SECTION)).toBe(false);
    expect(nwc.partners.map((p) => p.ordinal)).toEqual(nwc.partners.map((_, i) => i));
    const answer = JSON.stringify(partnership);
    for (const team of REFERRERS) expect(answer).not.toContain(team);

    // Nor the catalogue of organisations, nor the document's passages from the quotes' section.
    // Their keys are refused as a key of no organisation is: hidden is told from absent by nothing.
    for (const key of [...TEAM_KEYS, 'no-such-organisation']) {
      const refused = await client.request(OrganisationsByKeyDocument, { keys: [key] });
      expect(refused.errors?.[0]).toMatchObject({ message: `filter.keys[0]: unknown organisation "${key}"`, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const { sourceDocument } = await client.data(DocumentPassagesDocument, { key: CONWY_DOCUMENT });
    const quotesSection = sourceDocument!.passages.filter((p) => p.section === QUOTES_SECTION);
    expect(quotesSection.length).toBeGreaterThan(0);
    for (const team of REFERRERS) expect(JSON.stringify(quotesSection)).not.toContain(team);
  });

  test("Conwy's editors see the referral partners (stored as OWNER) and may not share them more widely", async () => {
    const { partnership } = await conwyEditor.data(ConwyReferralsDocument, {});
    expect(partnership!.testimonials.map((q) => q.referredBy)).toEqual(['the Supporting Children team', 'the Mental Health team', 'Learning Disability Team']);
    const nwc = partnership!.projects.find((p) => p.key === 'new-work-connections')!;
    const referrers = nwc.partners.filter((p) => p.source.section === QUOTES_SECTION);
    expect(referrers.map((p) => p.organisation.name)).toEqual(REFERRERS);
    expect((await conwyEditor.data(OrganisationsByKeyDocument, { keys: TEAM_KEYS })).organisations.edges).toHaveLength(3);

    for (const client of [conwyEditor, admin]) {
      const refused = await client.request(SetSharingDocument, { id: referrers[0].id, sharing: 'PUBLIC' });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toMatch(/owners only: its source states personal data/);
    }
    // Still hidden after the refusal.
    const again = await t.client.data(ConwyReferralsDocument, {});
    expect(JSON.stringify(again)).not.toContain(REFERRERS[0]);
  });
});

describe('positions and IDs say nothing of hidden records', () => {
  test("with one of Conwy's objectives hidden, the others read as positions 0, 1 ... to PUBLIC and ANALYST", async () => {
    const all = (await conwyEditor.data(ConwyObjectivesDocument, {})).partnership!.objectives;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((o) => o.ordinal)).toEqual(all.map((_, i) => i));
    const middle = all[1];
    await conwyEditor.data(SetSharingDocument, { id: middle.id, sharing: 'OWNER' });
    try {
      for (const client of [t.client, analyst]) {
        const seen = (await client.data(ConwyObjectivesDocument, {})).partnership!.objectives;
        expect(seen.map((o) => o.key)).toEqual(all.filter((o) => o.key !== middle.key).map((o) => o.key));
        expect(seen.map((o) => o.ordinal)).toEqual(seen.map((_, i) => i));
      }
      expect((await conwyEditor.data(ConwyObjectivesDocument, {})).partnership!.objectives.map((o) => o.ordinal)).toEqual(all.map((o) => o.ordinal));
    } finally {
      await conwyEditor.data(SetSharingDocument, { id: middle.id, sharing: 'PUBLIC' });
    }
    expect((await t.client.data(ConwyObjectivesDocument, {})).partnership!.objectives.map((o) => o.ordinal)).toEqual(all.map((_, i) => i));
  });

  test('global IDs carry no sequence: consecutive records get unrelated numbers, a neighbour of an ID is no record', async () => {
    const objectives = (await conwyEditor.data(ConwyObjectivesDocument, {})).partnership!.objectives;
    const rows = await t.hub.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ id: number; key: string }>>(`select id, key from objective order by id`);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const numberOf = (id: string) => {
      const [type, n] = Buffer.from(id, 'base64url').toString('utf8').split(':');
      expect(type).toBe('Objective');
      return Number(n);
    };
    // IDs made as the hub makes them (the secret is the database's, so any process agrees).
    const ids = await GlobalIds.load(t.hub.orm.em.fork());
    const conwyKeys = new Set(objectives.map((o) => o.key));
    for (const o of objectives) expect(o.id).toBe(ids.to('Objective', rows.find((r) => r.key === o.key && conwyKeys.has(r.key))!.id));

    const numbers = rows.map((r) => numberOf(ids.to('Objective', r.id)));
    const steps = numbers.slice(1).map((n, i) => Math.abs(n - numbers[i]));
    expect(Math.min(...steps)).toBeGreaterThan(1000);
    const sorted = [...numbers].sort((a, b) => a - b);
    expect(numbers).not.toEqual(sorted); // 8+ numbers in storage order by chance: 1 in 40,320
    expect(rows.map((r) => r.id).every((id) => !numbers.includes(id))).toBe(true);

    const real = numberOf(objectives[0].id);
    for (const neighbour of [real - 1, real + 1]) {
      const id = Buffer.from(`Objective:${neighbour}`).toString('base64url');
      const { data, errors } = await t.client.request(NodeByIdDocument, { id });
      expect(errors).toBeUndefined();
      expect(data?.node).toBeNull();
    }
    // Moved to another type, it is no record of that type either.
    const moved = Buffer.from(`Activity:${real}`).toString('base64url');
    expect((await t.client.data(NodeByIdDocument, { id: moved })).node).toBeNull();
  });

  test('cursors carry no stored ids or positions: they are permuted, and a cursor made with a raw id is refused', async () => {
    const ask = async (query: string, variables: Record<string, unknown> = {}) =>
      (await (await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
        data?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
        errors?: Array<{ extensions: { code: string } }>;
      };
    const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const encode = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
    const { data } = await ask(`{ partnerships(first: 5) { edges { cursor node { slug } } } observations(first: 10) { edges { cursor } } }`);
    const stored = await t.hub.orm.em.fork().getConnection().execute<Array<{ id: number; slug: string }>>(`select id, slug from partnership`);
    const edges = data.partnerships.edges as Array<{ cursor: string; node: { slug: string } }>;
    expect(edges.length).toBe(5);
    for (const [i, edge] of edges.entries()) {
      const values = decode(edge.cursor);
      const id = stored.find((r) => r.slug === edge.node.slug)!.id;
      expect(values[values.length - 1]).not.toBe(id);
      // The same cursor with the stored id in its place: no cursor of this list.
      const forged = await ask(`query ($after: String) { partnerships(first: 1, after: $after) { edges { node { slug } } } }`, {
        after: encode([...values.slice(0, -1), id]),
      });
      expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      // The real one pages on to the next partnership.
      if (i < edges.length - 1) {
        const next = await ask(`query ($after: String) { partnerships(first: 1, after: $after) { edges { node { slug } } } }`, { after: edge.cursor });
        expect(next.data.partnerships.edges[0].node.slug).toBe(edges[i + 1].node.slug);
      }
    }
    // Figures in source order: partnership id, position and id, each permuted into a 52-bit space
    // (a permuted number below 2^21 by chance: 1 in 2^31).
    const figures = data.observations.edges as Array<{ cursor: string }>;
    expect(figures.length).toBe(10);
    for (const { cursor } of figures) {
      const [, ...values] = decode(cursor) as [string, ...number[]];
      expect(values).toHaveLength(3);
      for (const v of values) expect(v).toBeGreaterThan(2 ** 21);
    }
  });
});
