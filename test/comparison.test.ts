/**
 * Issue 5: partnerships compared on common indicators through the catalogue's mappings, with
 * provenance, derived rates, benchmarks, "not reported" cells, time series and Welsh labels.
 */
import { Role } from '../src/access/roles';
import { CompareDocument, IndicatorCatalogueDocument, SeriesDocument, type CompareQuery } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { expectProvenance } from './support/sources';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

type Row = CompareQuery['comparison']['rows'][number];
const row = (rows: Row[], slug: string) => rows.find((r) => r.partnership.slug === slug)!;

describe('comparison', () => {
  test('"participants in employment": Bury\'s 9 with provenance, "not reported" elsewhere, and Bury\'s employed/starters rate', async () => {
    const { comparison } = await t.client.data(CompareDocument, { indicators: ['esf.cr04', 'hub.employment-rate'] });
    expect(comparison.indicators.map((i) => i.code)).toEqual(['esf.cr04', 'hub.employment-rate']);
    expect(comparison.rows.map((r) => r.partnership.slug)).toEqual(['black-country-lead', 'bury-est', 'conwy', 'powys-equals', 'seem']);

    const [employed, rate] = row(comparison.rows, 'bury-est').cells;
    expect(employed).toMatchObject({
      status: 'REPORTED',
      value: 9,
      unit: 'COUNT',
      qualifier: 'EXACT',
      mapping: { metricKey: 'bury-est/employed', strength: 'CLOSE' },
      observation: { statedAs: '9', asOf: '2002-11-30', metric: { label: 'Number employed' } },
    });
    expect(employed.mapping!.note).toMatch(/not counted at leaving/);
    // Provenance, as a public caller sees it: the withheld parts' numbers are masked in the quote.
    expect(employed.observation!.source).toMatchObject({ section: 'Beneficiaries', quote: 'Number employed: 9 (LD [withheld] / MH [withheld])' });
    expect(employed.alternatives.map((a) => a.value)).toEqual([9]); // "the 9 beneficiaries who have found employment"

    expect(rate.status).toBe('DERIVED');
    expect(rate.value).toBeCloseTo((9 / 59) * 100, 6);
    expect(rate).toMatchObject({ unit: 'PERCENT', qualifier: 'EXACT' });
    expect(rate.numerator).toMatchObject({ value: 9, indicator: { code: 'esf.cr04' } });
    expect(rate.denominator).toMatchObject({ value: 59, indicator: { code: 'esf.participants' }, observation: { metric: { label: 'Number of Starters' } } });

    for (const slug of ['black-country-lead', 'conwy', 'powys-equals', 'seem']) {
      const [cr04, derived] = row(comparison.rows, slug).cells;
      expect(cr04).toMatchObject({ status: 'NOT_REPORTED', value: null, observation: null, reason: 'No comparable figure reported' });
      expect(derived.status).toBe('NOT_REPORTED');
      expect(derived.reason).toMatch(/^Needs "Participants in employment, including self-employment, upon leaving"/);
    }
  });

  test('participants across partnerships, as stated: exact, close or partial matches, "over 300" kept as at least', async () => {
    const { comparison } = await t.client.data(CompareDocument, { indicators: ['esf.participants'] });
    const cells = Object.fromEntries(comparison.rows.map((r) => [r.partnership.slug, r.cells[0]]));
    expect(cells['bury-est']).toMatchObject({ value: 59, mapping: { strength: 'EXACT' } });
    expect(cells['conwy']).toMatchObject({ value: 887, mapping: { strength: 'CLOSE' } });
    expect(cells['black-country-lead']).toMatchObject({ value: 350, mapping: { strength: 'CLOSE' } });
    expect(cells['seem']).toMatchObject({ value: 300, qualifier: 'AT_LEAST', mapping: { strength: 'PARTIAL' }, observation: { statedAs: 'over 300' } });
    expect(cells['powys-equals']).toMatchObject({ status: 'NOT_REPORTED' });
  });

  test("a rate from two figures without dates: Conwy's outcomes per person supported", async () => {
    const { comparison } = await t.client.data(CompareDocument, { indicators: ['hub.positive-outcome-rate'], partnerships: ['conwy'] });
    const [cell] = comparison.rows[0].cells;
    expect(cell.status).toBe('DERIVED');
    expect(cell.value).toBeCloseTo((778 / 887) * 100, 6);
  });

  test('a period window keeps figures of that period only', async () => {
    const before2003 = await t.client.data(CompareDocument, { indicators: ['esf.participants'], period: { from: '2002-01-01', to: '2002-12-31' } });
    const reported = before2003.comparison.rows.filter((r) => r.cells[0].status === 'REPORTED').map((r) => r.partnership.slug);
    expect(reported).toEqual(['bury-est']);
    expect(row(before2003.comparison.rows, 'seem').cells[0].reason).toBe('No comparable figure for this period');
  });

  test('small counts stay withheld in comparisons, and so do rates computed from them', async () => {
    // Bury's figures are all 5 or more, so use the threshold: with 10, "9 employed" is small.
    const strict = await startTestHub({ smallCountThreshold: 10 });
    try {
      const { comparison } = await strict.client.data(CompareDocument, { indicators: ['esf.cr04', 'hub.employment-rate'], partnerships: ['bury-est'] });
      const [employed, rate] = comparison.rows[0].cells;
      expect(employed).toMatchObject({ status: 'SUPPRESSED', value: null, suppressionReason: 'SMALL_COUNTS' });
      expect(employed.observation!.statedAs).toBeNull();
      expect(rate).toMatchObject({ status: 'SUPPRESSED', value: null, suppressionReason: 'DERIVED_FROM_SUPPRESSED' });
      const owner = await strict.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
      const asOwner = await owner.data(CompareDocument, { indicators: ['hub.employment-rate'], partnerships: ['bury-est'] });
      expect(asOwner.comparison.rows[0].cells[0].status).toBe('DERIVED');
    } finally {
      await strict.close();
    }
  });

  test.each([
    [{ indicators: ['esf.nonsense'] }, 'Unknown indicator(s): esf.nonsense'],
    [{ indicators: [] }, 'Ask for 1 to 20 indicators (got 0)'],
    [{ indicators: ['esf.cr04'], partnerships: ['atlantis'] }, 'Unknown partnership(s): atlantis'],
    [{ indicators: ['esf.cr04'], period: { from: '2010-01-01', to: '2009-01-01' } }, 'The period ends before it starts'],
  ])('%j is refused: %s', async (vars, message) => {
    const result = await t.client.request(CompareDocument, vars);
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('time series', () => {
  test('Conwy care leavers in education, employment or training at 19: 50% -> 75% against the Welsh average 56.7%', async () => {
    const { series } = await t.client.data(SeriesDocument, { partnership: 'conwy', metric: 'conwy/care-leavers-eet-at-19' });
    expect(series.metric.unit).toBe('PERCENT');
    expect(series.changeUnit).toBe('percentage points');
    expect(series.points.map((p) => [p.observation.period?.label, p.value, p.change])).toEqual([
      ['2012/13', 50, null],
      ['2013/14', 75, 25],
    ]);
    expect(series.benchmarks).toHaveLength(1);
    expect(series.benchmarks[0]).toMatchObject({ value: 56.7, statedAs: '56.7%', scope: 'CONTEXT', area: { key: 'wales', name: 'Wales' } });
    expectProvenance({ ...series.benchmarks[0].source, document: { fileName: '003_ad525a32b259ab58.txt' } }, 'The Welsh average is 56.7%');
    expectProvenance({ ...series.points[1].observation.source, document: { fileName: '003_ad525a32b259ab58.txt' } }, '75% in 2013/14');
  });

  test('unknown partnership or metric', async () => {
    const result = await t.client.request(SeriesDocument, { partnership: 'conwy', metric: 'conwy/nonsense' });
    expect(result.errors?.[0]).toMatchObject({ message: 'Unknown metric "conwy/nonsense"', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('indicator catalogue', () => {
  test('every indicator has an English and a Welsh label and description', async () => {
    const en = await t.client.data(IndicatorCatalogueDocument, { lang: 'en' });
    const cy = await t.client.data(IndicatorCatalogueDocument, { lang: 'cy' });
    expect(en.indicators.length).toBeGreaterThanOrEqual(10);
    for (const [i, indicator] of cy.indicators.entries()) {
      expect(indicator.languages).toEqual(['cy', 'en']);
      expect(indicator.label).not.toBe(en.indicators[i].label);
      expect(indicator.description).not.toBe(en.indicators[i].description);
    }
    const cr04 = cy.indicators.find((i) => i.code === 'esf.cr04')!;
    expect(cr04.label).toBe('Cyfranogwyr mewn cyflogaeth, gan gynnwys hunangyflogaeth, wrth adael');
    expect(cr04.mappings).toEqual([{ metricKey: 'bury-est/employed', strength: 'CLOSE', metric: { label: 'Number employed', partnership: { slug: 'bury-est' } } }]);
    const rate = en.indicators.find((i) => i.code === 'hub.employment-rate')!;
    expect(rate).toMatchObject({ kind: 'DERIVED', numerator: { code: 'esf.cr04' }, denominator: { code: 'esf.participants' } });
  });

  test('a language without a translation falls back to English; a malformed code is refused', async () => {
    const fr = await t.client.data(IndicatorCatalogueDocument, { lang: 'fr' });
    const en = await t.client.data(IndicatorCatalogueDocument, { lang: 'en' });
    expect(fr.indicators.map((i) => i.label)).toEqual(en.indicators.map((i) => i.label));
    const bad = await t.client.request(IndicatorCatalogueDocument, { lang: 'english' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
