/**
 * Issue 5, disclosure control: small counts (1 to threshold-1) are withheld from everyone but the
 * owning partnership, with secondary suppression so a withheld part cannot be worked out from its
 * total and the other parts (Bury: Physical Disability 2 = 59 - 20 - 27 - 5 - 5 - 0).
 */
import { Role, SharingLevel } from '../src/access/roles';
import { Suppression } from '../src/access/disclosure.enum';
import { DisclosureControl, type DisclosureFigure } from '../src/access/disclosure';
import { CountOf, MeasurementUnit, ObservationScope } from '../src/modules/observation/observation.enum';
import { createHash } from 'node:crypto';
import { readDataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import {
  BuryDocumentAsReadDocument as BuryDocumentAsRead,
  BuryFiguresDocument,
  FigureAsSeenDocument,
  FiguresFromDocument,
  LeadTeamFiguresDocument,
  SearchDocument,
  type BuryFiguresQuery,
} from './generated/graphql';
import { applyMasks } from '../src/access/text-masks';
import { startTestHub, type TestHub } from './support/hub';

const count = (id: number, value: number, parentId: number | null = null, scope = ObservationScope.PARTNERSHIP, countOf = CountOf.PEOPLE): DisclosureFigure => ({
  id,
  value,
  unit: MeasurementUnit.COUNT,
  scope,
  parentId,
  countOf,
});

describe('the rule', () => {
  const control = new DisclosureControl(5);

  test('Bury starters: the 2 is withheld, and so is the smallest other part, so 59 minus the rest reveals nothing', () => {
    const decisions = control.decide([
      count(1, 59),
      count(2, 20, 1),
      count(3, 27, 1),
      count(4, 2, 1),
      count(5, 5, 1),
      count(6, 5, 1),
      count(7, 0, 1),
    ]);
    expect([...decisions]).toEqual([
      [4, Suppression.PRIMARY],
      [5, Suppression.SECONDARY],
    ]);
  });

  test('withheld parts are at least two and add up to the threshold', () => {
    // 1 and 1 are both small, but together (2) still small: a third part goes.
    const decisions = control.decide([count(1, 30), count(2, 1, 1), count(3, 1, 1), count(4, 28, 1)]);
    expect(decisions.get(4)).toBe(Suppression.SECONDARY);
  });

  test('a small total takes its parts with it; zero and context figures stay', () => {
    const decisions = control.decide([count(1, 3), count(2, 3, 1), count(3, 0, 1), count(9, 2, null, ObservationScope.CONTEXT)]);
    expect([...decisions]).toEqual([
      [1, Suppression.PRIMARY],
      [2, Suppression.PRIMARY],
    ]);
  });

  test('when nothing else is left to withhold, the total is withheld', () => {
    const decisions = control.decide([count(1, 10), count(2, 2, 1), count(3, 8, 1)]);
    expect(decisions.get(3)).toBe(Suppression.SECONDARY);
    expect(decisions.has(1)).toBe(false); // 2 and 8 withheld: 10 reveals only their sum
    const lonely = control.decide([count(1, 10), count(2, 2, 1), count(3, 0, 1)]);
    expect(lonely.get(1)).toBe(Suppression.SECONDARY);
  });

  test('a sum besides the breakdown is protected too: 59 starters = 0 completers + 58 on-going + 1 early leaver', () => {
    const sumPart = (id: number, value: number) => ({ ...count(id, value), sumsTo: 1 });
    const decisions = control.decide([count(1, 59), count(2, 20, 1), count(3, 27, 1), count(4, 2, 1), count(5, 5, 1), count(6, 5, 1), count(7, 0, 1), sumPart(8, 0), sumPart(9, 58), sumPart(10, 1)]);
    // Without the 58 going too, 59 - 58 - 0 would give the 1 away; the 0 identifies no one and stays.
    expect(decisions.get(10)).toBe(Suppression.PRIMARY);
    expect(decisions.get(9)).toBe(Suppression.SECONDARY);
    expect(decisions.has(8)).toBe(false);
    expect(decisions.has(1)).toBe(false);
    // The breakdown is decided as before.
    expect([4, 5].map((id) => decisions.get(id))).toEqual([Suppression.PRIMARY, Suppression.SECONDARY]);
  });

  test('a total withheld in one group takes what adds up to it along', () => {
    // The total 3 is small; the figures adding up to it must not give it away.
    const decisions = control.decide([count(1, 3), { ...count(2, 3), sumsTo: 1 }, { ...count(3, 0), sumsTo: 1 }, count(4, 2, 2), count(5, 1, 2)]);
    expect([1, 2, 4, 5].every((id) => decisions.has(id))).toBe(true);
    expect(decisions.has(3)).toBe(false);
  });

  test('a sum of some parts of a breakdown leaves a rest, protected like any group', () => {
    // 59 = 20 + 27 + 2 + 5 + 5 + 0, and 54 = 20 + 27 + 2 + 5 (ids 2 to 5), so 59 - 54 = 5 + 0 (ids 6, 7).
    const starters = [count(1, 59), ...[20, 27, 2, 5].map((v, i) => ({ ...count(i + 2, v, 1), sumsTo: 8 })), count(6, 5, 1), count(7, 0, 1), count(8, 54)];
    // The 2, and the smallest other part of the 54 (also a part of the 59): one secondary protects both; the rest needs none.
    expect([...control.decide(starters)].sort()).toEqual([
      [4, Suppression.PRIMARY],
      [5, Suppression.SECONDARY],
    ]);
    // At 6 the 5 of the rest is small too: alone in the rest (beside a 0), it would be 59 - 54, so the 54 goes,
    // and with it what would give the 54 away.
    const at6 = new DisclosureControl(6).decide(starters);
    expect(at6.get(6)).toBe(Suppression.PRIMARY);
    expect(at6.get(8)).toBe(Suppression.SECONDARY);
    expect([...at6.keys()].every((id) => id > 0)).toBe(true);
    const shown = starters.filter((f) => !at6.has(f.id));
    expect(shown.map((f) => f.id)).toEqual([1, 7]);
  });

  test('a withheld total of money takes its breakdown with it', () => {
    const money = (id: number, value: number, parentId: number | null = null, sumsTo: number | null = null): DisclosureFigure => ({
      ...count(id, value, parentId),
      unit: MeasurementUnit.MONEY,
      sumsTo,
    });
    // £100k = £70k (= £30k + £40k) + £30k hidden: the £70k goes, and its parts, or 100 - 30 - 40 gives it.
    const decisions = control.decide([money(1, 100_000), money(2, 70_000, null, 1), money(3, 30_000, 2), money(4, 40_000, 2), money(5, 30_000, null, 1)], [5]);
    expect([...decisions.keys()].sort()).toEqual([2, 3, 4]);
  });

  test('a part hidden from the caller is protected in any group: money, organisations', () => {
    const money = (id: number, value: number, parentId: number | null = null): DisclosureFigure => ({ ...count(id, value, parentId), unit: MeasurementUnit.MONEY });
    // £100k = £60k shown + £40k hidden: the £60k goes too, or 100 - 60 tells the hidden figure.
    const decisions = control.decide([money(1, 100_000), money(2, 60_000, 1), money(3, 40_000, 1)], [3]);
    expect([...decisions]).toEqual([[2, Suppression.SECONDARY]]);
    // Nothing hidden: money is never withheld.
    expect(control.decide([money(1, 100_000), money(2, 60_000, 1), money(3, 2, 1)]).size).toBe(0);
    const organisations = (id: number, value: number, parentId: number | null = null) => count(id, value, parentId, ObservationScope.PARTNERSHIP, CountOf.ORGANISATIONS);
    const teams = control.decide([organisations(1, 30), organisations(2, 20, 1), organisations(3, 6, 1), organisations(4, 4, 1)], [4]);
    expect([...teams.keys()]).toEqual([3]);
  });

  test('only counts of people are protected: 3 teams or 2 organisations identify no one', () => {
    expect(control.decide([count(1, 3, null, ObservationScope.PROJECT, CountOf.OTHER), count(2, 2, null, ObservationScope.PARTNERSHIP, CountOf.ORGANISATIONS)]).size).toBe(0);
    // A count whose metric does not say what it counts is taken to count people.
    expect(control.decide([{ ...count(3, 2), countOf: null }]).get(3)).toBe(Suppression.PRIMARY);
  });

  test('percentages are never small counts; the threshold is configurable', () => {
    expect(control.decide([{ id: 1, value: 2, unit: MeasurementUnit.PERCENT, scope: ObservationScope.PARTNERSHIP, parentId: null, countOf: null }]).size).toBe(0);
    expect(new DisclosureControl(10).decide([count(1, 9)]).get(1)).toBe(Suppression.PRIMARY);
  });
});

describe('masking a text', () => {
  test('a withheld quote is masked wherever it stands, whitespace aside, as the importer matched it', () => {
    const masks = { personal: ['Alison Thomas'], withheld: ['Number of early leavers: 1', 'a single father'] };
    const text = 'Number of early\nleavers:\u00a01. Number of early leavers: 1.\nAlison  Thomas met a single\r\nfather; a single mother.';
    expect(applyMasks(text, masks)).toBe(
      'Number of early\nleavers:\u00a0[withheld]. Number of early leavers: [withheld].\n[personal data withheld] met a [withheld]\r\nfather; a single mother.',
    );
    // Characters that mean something in a pattern are taken literally.
    expect(applyMasks('Retention (5) cases: 5', { personal: [], withheld: ['Retention (5)'] })).toBe('Retention ([withheld]) cases: 5');
    expect(applyMasks('nothing to mask', masks)).toBe('nothing to mask');
  });
});

describe('over HTTP', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t?.close());

  type Figure = NonNullable<BuryFiguresQuery['partnership']>['observations'][number];
  const figures = async (client = t.client) => (await client.data(BuryFiguresDocument, {})).partnership!.observations;
  const byKey = (list: Figure[], key: string) => list.find((o) => o.key === key)!;

  test.each([['public'], ['analyst'], ['conwy editor']])('as %s (not the owner), small counts are withheld with a secondary', async (who) => {
    const client =
      who === 'public' ? t.client : who === 'analyst' ? await t.clientAs(Role.ANALYST) : await t.clientAs(Role.PARTNERSHIP_EDITOR, ['conwy']);
    const list = await figures(client);
    const starters = byKey(list, 'starters');
    expect(starters).toMatchObject({ value: 59, statedAs: '59', suppressed: false });
    const parts = starters.breakdown.map((b) => [b.breakdownCategory, b.value, b.suppressionReason]);
    // The 2 and, so that neither "54 ... have a disability" (Learning Disability + Mental Health +
    // Physical Disability + Retention) nor 59 minus the other parts gives it away, the smallest
    // other part of that sum, which protects it in both; with the same reason, so nothing tells
    // which is the small one. Ethnicity shows: 59 - 54 tells it anyway.
    expect(parts).toEqual([
      ['Learning Disability', 20, null],
      ['Mental Health', 27, null],
      ['Physical Disability', null, 'SMALL_COUNTS'],
      ['Ethnicity', 5, null],
      ['Retention', null, 'SMALL_COUNTS'],
      ['Young care leavers', 0, null],
    ]);
    const physical = starters.breakdown[2];
    expect(physical).toMatchObject({ statedAs: null, suppressed: true });
    expect(physical.source.quote).toBe('Physical Disability [withheld]');
    // The total's own quote repeats its parts: the withheld ones are masked there too.
    expect(starters.source.quote).toBe(
      'Number of Starters: 59 (Learning Disability 20 / Mental Health 27/ Physical Disability [withheld]/ Ethnicity 5 / Retention [withheld]/ Young care leavers 0)',
    );
    // The withheld parts cannot be worked out from the total, nor from the 54.
    const shown = starters.breakdown.filter((b) => !b.suppressed).reduce((s, b) => s + b.value!, 0);
    expect(59 - shown).toBeGreaterThanOrEqual(5);
    const disabled = byKey(list, 'beneficiaries-with-disability');
    expect(disabled).toMatchObject({ value: 54, suppressed: false });
    const shownOfDisabled = starters.breakdown.filter((b) => b.sumsTo?.key === disabled.key && !b.suppressed).reduce((s, b) => s + b.value!, 0);
    expect(starters.breakdown.filter((b) => b.sumsTo?.key === disabled.key).map((b) => b.breakdownCategory)).toEqual([
      'Learning Disability',
      'Mental Health',
      'Physical Disability',
      'Retention',
    ]);
    expect(54 - shownOfDisabled).toBeGreaterThanOrEqual(5);
    // "presently supporting 5 retention cases" states the Retention 5 again: withheld with it.
    expect(byKey(list, 'retention-cases')).toMatchObject({ value: null, suppressionReason: 'SMALL_COUNTS' });
    expect(byKey(list, 'retention-cases').source.quote).toBe(
      'The brief of the Employment Retention Officer has been expanded in order to meet this need and the officer is presently supporting [withheld] retention cases.',
    );

    const employed = byKey(list, 'number-employed');
    expect(employed.value).toBe(9);
    expect(employed.breakdown.map((b) => [b.breakdownCategory, b.value, b.suppressionReason])).toEqual([
      ['LD', null, 'SMALL_COUNTS'],
      ['MH', null, 'SMALL_COUNTS'],
    ]);
    expect(employed.source.quote).toBe('Number employed: 9 (LD [withheld] / MH [withheld])');
    expect(byKey(list, 'early-leavers')).toMatchObject({ value: null, suppressionReason: 'SMALL_COUNTS' });
    // 59 starters = 0 completers + 58 on-going + 1 early leaver: the 58 goes too, or 59 - 58 - 0 gives the 1 away.
    expect(byKey(list, 'on-going')).toMatchObject({ value: null, statedAs: null, suppressionReason: 'SMALL_COUNTS' });
    expect(byKey(list, 'on-going').source.quote).toBe('Number of on-going: [withheld]');
    expect(byKey(list, 'completers')).toMatchObject({ value: 0, suppressed: false });
  });

  test.each([['bury editor'], ['admin']])('as %s, every figure shows', async (who) => {
    const client = who === 'admin' ? await t.clientAs(Role.ADMIN) : await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
    const list = await figures(client);
    const starters = byKey(list, 'starters');
    expect(starters.breakdown.map((b) => b.value)).toEqual([20, 27, 2, 5, 5, 0]);
    expect(byKey(list, 'retention-cases').value).toBe(5);
    expect(starters.breakdown.every((b) => !b.suppressed)).toBe(true);
    expect(starters.breakdown[2].source.quote).toBe('Physical Disability 2');
    expect(byKey(list, 'number-employed').breakdown.map((b) => b.value)).toEqual([3, 6]);
    expect(byKey(list, 'early-leavers').value).toBe(1);
    expect(byKey(list, 'on-going').value).toBe(58);
  });

  test('disclosure control costs no statement of its own: figures are read with their stored decisions, in one statement', async () => {
    const statements = await t.sql.during(() => figures());
    // 14 totals, their 8 parts and the totals they sum to: read in one statement below the
    // partnership (compiled-reads.ts; with the loaders it was one batch per level). The decisions
    // (and the passages' masks) were made when the data was imported, so nothing is decided while
    // reading: no statement of disclosure control's own.
    const figureReads = statements.filter((s) => /from "?indicator_observation"?/.test(s));
    expect(figureReads).toHaveLength(1);
    expect(figureReads.every((s) => s.includes('withheld_public'))).toBe(true);
    expect(statements.filter((s) => /with recursive/i.test(s))).toEqual([]);
  });

  test('counts of teams or organisations are not counts of people: LEAD\'s 3 Land Apprentice teams show to everyone', async () => {
    const { partnership } = await t.client.data(LeadTeamFiguresDocument, {});
    const teams = partnership!.observations.find((o) => o.key === 'land-apprentice-3-teams')!;
    expect(teams).toMatchObject({ value: 3, suppressed: false, metric: { countOf: 'OTHER' } });
    expect(teams.source.quote).toBe('this social enterprise is expanding from 3 teams to 6 to cope with demand from British Waterways');
    expect(partnership!.observations.find((o) => o.key === 'two-areas-community-animateurs')).toMatchObject({ value: 2, suppressed: false });
  });

  test('a withheld figure cannot be read anywhere else: search hits, the document\'s passages and text, its checksum', async () => {
    const asRead = async (client = t.client) => (await client.data(BuryDocumentAsRead, {})).sourceDocuments.edges[0].node;
    const hit = async (client = t.client) =>
      (await client.data(SearchDocument, { query: '"physical disability"', filter: { partnerships: { slugs: ['bury-est'] }, recordTypes: ['BENEFICIARY_CATEGORY'] } })).search
        .edges[0].node;

    const publicDocument = await asRead();
    expect(publicDocument.text).toContain('Physical Disability [withheld]');
    expect(publicDocument.text).not.toMatch(/Physical Disability 2|early leavers: 1|LD 3|MH 6/);
    expect(publicDocument.text).toContain('Number of early leavers: [withheld]');
    expect(publicDocument.passages.map((p) => p.quote)).toContain('Physical Disability [withheld]');
    expect(publicDocument.passages.some((p) => p.quote.includes('Physical Disability 2'))).toBe(false);
    expect(publicDocument.sha256).toBeNull(); // the checksum of the full text would confirm a guess
    expect((await hit()).source?.quote).toBe('Physical Disability [withheld]');

    const owner = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
    const ownDocument = await asRead(owner);
    expect(ownDocument.text).toContain('Physical Disability 2');
    expect(ownDocument.sha256).toBe(createHash('sha256').update(ownDocument.text!).digest('hex'));
    expect((await hit(owner)).source?.quote).toBe('Physical Disability 2');
  });
});

describe('sums within sums', () => {
  // 50 = 12 + 38, and the 12 = 0 + a figure only Bury's editors may see. Shown the 38, anyone could
  // work out the 12 (50 - 38), and from it the hidden figure (12 - 0): so the 38 goes too, although
  // it is three steps from the hidden figure and is asked for on its own.
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
    const seed = readDataSet();
    const bury = seed.partnerships.find((p) => p.file.partnership.slug === 'bury-est')!;
    const file = structuredClone(bury.file);
    const completers = file.observations.find((o) => o.key === 'completers')!;
    const figure = (key: string, value: number, sumsTo?: string, sharing?: SharingLevel) => ({
      ...structuredClone(completers),
      key,
      value,
      statedAs: String(value),
      sumsTo,
      ...(sharing ? { sharing } : {}),
    });
    file.observations.push(
      figure('chain-total', 50),
      figure('chain-a1', 12, 'chain-total'),
      { ...figure('chain-a2', 38, 'chain-total'), subject: '38 of whom were referred' },
      figure('chain-c1', 0, 'chain-a1'),
      figure('chain-c2', 12, 'chain-a1', SharingLevel.OWNER),
    );
    await new ImportService(t.hub.orm.em.fork()).importPartnership('bury-est.json', file, JSON.stringify(file), seed.documentTexts);
  });
  afterAll(() => t?.close());

  test('a figure is withheld when a chain of sums leads from it to a hidden one', async () => {
    const owner = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
    const all = (await owner.data(FiguresFromDocument, { from: 1 })).observations.edges.map((e) => e.node);
    expect(all.map((f) => [f.key, f.value]).filter(([k]) => String(k).startsWith('chain-'))).toEqual(
      expect.arrayContaining([['chain-total', 50], ['chain-a1', 12], ['chain-a2', 38], ['chain-c2', 12]]),
    );
    const id = (key: string) => all.find((f) => f.key === key)!.id;

    for (const client of [t.client, await t.clientAs(Role.ANALYST)]) {
      const seen = async (key: string) => (await client.data(FigureAsSeenDocument, { id: id(key) })).node;
      // Its subject states the value too: masked with it.
      expect(await seen('chain-a2')).toEqual({
        key: 'chain-a2',
        value: null,
        subject: '[withheld] of whom were referred',
        suppressed: true,
        suppressionReason: 'SMALL_COUNTS',
      });
      expect(await seen('chain-a1')).toMatchObject({ value: null, suppressed: true });
      expect(await seen('chain-total')).toMatchObject({ value: 50, suppressed: false });
      expect(await seen('chain-c2')).toBeNull();
      // A value filter matches only what it shows: the 38 is not found by looking for it either.
      const found = (await client.data(FiguresFromDocument, { from: 30 })).observations.edges.map((e) => e.node.key);
      expect(found).toContain('chain-total');
      expect(found).not.toContain('chain-a2');
      // Nor by searching for its subject's number; its subject's snippet is masked.
      const subjects = async (query: string) =>
        (await client.data(SearchDocument, { query, filter: { recordTypes: ['INDICATOR_OBSERVATION'] } })).search.edges.map((e) => e.node.snippetParts.map((p) => p.text).join(''));
      expect(await subjects('38 referred')).toEqual([]);
      expect(await subjects('thirty referred')).toEqual([]);
      // (ts_headline starts a snippet at a word: the mask's opening bracket falls off.)
      expect(await subjects('referred')).toEqual([expect.stringMatching(/^\[?withheld\] of whom were referred$/)]);
    }
    expect((await owner.data(FigureAsSeenDocument, { id: id('chain-a2') })).node).toMatchObject({ value: 38, subject: '38 of whom were referred', suppressed: false });
    const ownerHits = await owner.data(SearchDocument, { query: '38 referred', filter: { recordTypes: ['INDICATOR_OBSERVATION'] } });
    expect(ownerHits.search.edges.map((e) => e.node.snippetParts.map((p) => p.text).join(''))).toEqual(['38 of whom were referred']);
  });
});
