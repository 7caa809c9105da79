/**
 * Issue 4, aggregates for dashboards over the filtered partnerships: the innovation matrix, the
 * population coverage and counts per place, programme, theme and round; each a GROUP BY, so its
 * statement count does not depend on the data.
 */
import { ImportService } from '../src/modules/import/import.service';
import {
  InnovationMatrixDocument,
  PartnershipCountsDocument,
  PopulationCoverageDocument,
  type InnovationMatrixQuery,
} from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { expectProvenance } from './support/sources';
import { syntheticDataSet } from '../scripts/synthetic';

type Cell = InnovationMatrixQuery['innovationMatrix']['cells'][number];

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const nonEmpty = (cells: Cell[]) => Object.fromEntries(cells.filter((c) => c.count > 0).map((c) => [`${c.dimension}/${c.level}`, c]));

describe('innovation matrix', () => {
  test('acceptance: over all partnerships Policy/National 2, Process/Local 1, Product/Regional 1, Policy/Local 1, with the items in each cell', async () => {
    const { innovationMatrix } = await t.client.data(InnovationMatrixDocument, {});
    expect(innovationMatrix.total).toBe(5);
    expect(innovationMatrix.cells).toHaveLength(4 * 5);
    const cells = nonEmpty(innovationMatrix.cells);
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.count]))).toEqual({
      'POLICY/NATIONAL': 2,
      'PROCESS/LOCAL': 1,
      'PRODUCT/REGIONAL': 1,
      'POLICY/LOCAL': 1,
    });
    const items = (key: string) => cells[key].innovations.map((i) => [i.partnership.slug, i.description.split(' ').slice(0, 6).join(' ')]);
    expect(items('POLICY/NATIONAL')).toEqual([
      ['black-country-lead', 'The apprenticeship model developed by the'],
      ['powys-equals', 'The Hidden Harm project seeks to'],
    ]);
    expect(items('PROCESS/LOCAL')).toEqual([['powys-equals', 'The Environmental Project is testing how']]);
    expect(items('PRODUCT/REGIONAL')).toEqual([['black-country-lead', 'Level One toolkit for developing social']]);
    expect(items('POLICY/LOCAL')).toEqual([['black-country-lead', 'At a sub-regional level, two areas']]);
    expect(cells['POLICY/NATIONAL'].partnershipCount).toBe(2);
    for (const cell of Object.values(cells)) {
      for (const innovation of cell.innovations) {
        expect([innovation.dimension, innovation.level]).toEqual([cell.dimension, cell.level]);
        expectProvenance(innovation.source, innovation.description);
      }
    }
    expect(cells['POLICY/NATIONAL'].innovations[1].project?.name).toBe('Hidden Harm');
  });

  test('over filtered partnerships: Wales only has Powys', async () => {
    const { innovationMatrix } = await t.client.data(InnovationMatrixDocument, { filter: { countries: ['wales'] } });
    const cells = nonEmpty(innovationMatrix.cells);
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.count]))).toEqual({ 'PROCESS/LOCAL': 1, 'POLICY/NATIONAL': 1 });
    expect(innovationMatrix.total).toBe(2);
  });

  test('empty cells are listed with count 0, in grid order', async () => {
    const { innovationMatrix } = await t.client.data(InnovationMatrixDocument, { filter: { programmes: ['ESF'] } });
    expect(innovationMatrix.total).toBe(0);
    expect(innovationMatrix.cells.slice(0, 5).map((c) => `${c.dimension}/${c.level}`)).toEqual([
      'PROCESS/CITY', 'PROCESS/LOCAL', 'PROCESS/REGIONAL', 'PROCESS/NATIONAL', 'PROCESS/EUROPEAN',
    ]);
    expect(innovationMatrix.cells.every((c) => c.count === 0 && c.innovations.length === 0)).toBe(true);
  });
});

describe('population coverage', () => {
  test('concept -> number and list of partnerships working with it, narrower concepts counting for broader ones', async () => {
    const { populationCoverage } = await t.client.data(PopulationCoverageDocument, {});
    const byCode = new Map(populationCoverage.map((c) => [c.concept.code, c]));
    expect(byCode.get('disability')).toMatchObject({
      partnershipCount: 5,
      partnerships: [{ slug: 'black-country-lead' }, { slug: 'bury-est' }, { slug: 'conwy' }, { slug: 'powys-equals' }, { slug: 'seem' }],
      concept: { prefLabel: 'People with disabilities', prefLabelCy: 'Pobl anabl' },
    });
    expect(byCode.get('ex-offenders')).toMatchObject({ partnershipCount: 2, partnerships: [{ slug: 'powys-equals' }, { slug: 'seem' }] });
    expect(byCode.get('care-leavers')?.partnerships.map((p) => p.slug)).toEqual(['bury-est', 'conwy', 'powys-equals']);
    expect(byCode.get('substance-misuse')?.partnerships.map((p) => p.slug)).toEqual(['powys-equals']);
    expect(byCode.get('migrants')?.partnershipCount).toBe(1); // Powys: "Migrants", and "Asylum seekers" below it
    // Most covered first; concepts nobody works with are left out unless asked for.
    const counts = populationCoverage.map((c) => c.partnershipCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  test('without narrower concepts, only direct mappings count; lists and empty concepts on request', async () => {
    const direct = await t.client.data(PopulationCoverageDocument, { includeNarrower: false });
    expect(direct.populationCoverage.find((c) => c.concept.code === 'disability')?.partnerships.map((p) => p.slug)).toEqual([
      'black-country-lead', 'bury-est', 'powys-equals', 'seem',
    ]);
    const targets = await t.client.data(PopulationCoverageDocument, { in: ['TARGET_GROUPS'] });
    expect(targets.populationCoverage.find((c) => c.concept.code === 'rural-communities')?.partnerships.map((p) => p.slug)).toEqual(['seem']);
    const all = await t.client.data(PopulationCoverageDocument, { includeEmpty: true, filter: { countries: ['wales'] } });
    expect(all.populationCoverage.find((c) => c.concept.code === 'women')).toMatchObject({ partnershipCount: 0, partnerships: [] });
    expect(all.populationCoverage.find((c) => c.concept.code === 'ex-offenders')?.partnerships.map((p) => p.slug)).toEqual(['powys-equals']);
  });
});

describe('counts per place, programme, theme and round', () => {
  test('over all partnerships', async () => {
    const { partnershipCounts: counts } = await t.client.data(PartnershipCountsDocument, {});
    expect(counts.total).toBe(5);
    const places = Object.fromEntries(counts.byPlace.map((p) => [p.place.key, [p.count, p.directCount]]));
    expect(places).toMatchObject({ uk: [5, 0], wales: [2, 0], england: [3, 0], powys: [1, 1], conwy: [1, 1], 'west-midlands': [1, 0], 'black-country': [1, 1] });
    expect(counts.byPlace.map((p) => p.place.key).slice(0, 2)).toEqual(['uk', 'england']); // hierarchy order
    expect(counts.byProgramme).toEqual([
      { programme: 'EQUAL', count: 4, concept: { code: 'equal', prefLabel: 'EQUAL Community Initiative', prefLabelCy: 'Menter Gymunedol EQUAL' } },
      { programme: 'ESF', count: 1, concept: { code: 'esf', prefLabel: 'European Social Fund (ESF)', prefLabelCy: 'Cronfa Gymdeithasol Ewrop (ESF)' } },
    ]);
    expect(counts.byTheme).toEqual([
      { count: 3, theme: null },
      { count: 2, theme: { code: 'social-economy', prefLabel: 'Social economy' } },
    ]);
    expect(counts.byRound).toEqual([
      { round: 2, count: 2 },
      { round: null, count: 3 },
    ]);
  });

  test('over filtered partnerships', async () => {
    const { partnershipCounts: counts } = await t.client.data(PartnershipCountsDocument, { filter: { countries: ['england'] } });
    expect(counts.total).toBe(3);
    expect(counts.byPlace.find((p) => p.place.key === 'wales')).toBeUndefined();
    expect(counts.byProgramme.map((p) => [p.programme, p.count])).toEqual([['EQUAL', 3]]);
  });

  test('invalid filters are refused as in `partnerships`', async () => {
    const result = await t.client.request(PartnershipCountsDocument, { filter: { population: { concepts: ['martians'] } } });
    expect(result.errors?.[0]).toMatchObject({ message: 'filter.population.concepts[0]: unknown concept "martians"', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('cost', () => {
  test('each aggregate runs the same number of statements for 5 and for 20 partnerships', async () => {
    const run = async () => ({
      matrix: (await t.sql.during(() => t.client.data(InnovationMatrixDocument, {}))).length,
      coverage: (await t.sql.during(() => t.client.data(PopulationCoverageDocument, {}))).length,
      counts: (await t.sql.during(() => t.client.data(PartnershipCountsDocument, {}))).length,
    });
    const small = await run();
    await new ImportService(t.hub.orm.em.fork()).importDataSet(syntheticDataSet(15));
    const large = await run();
    const { innovationMatrix } = await t.client.data(InnovationMatrixDocument, {});
    expect(innovationMatrix.total).toBe(20); // three copies of each file: 5 innovations each time
    console.log(`aggregate statements (5 -> 20 partnerships): ${JSON.stringify(small)} -> ${JSON.stringify(large)}`);
    expect(large).toEqual(small);
    // One GROUP BY, then one batched statement per relation the query follows (innovations,
    // partnerships, projects, passages, documents, personal values to mask, and the partnerships'
    // withheld quotes the innovations' descriptions must not repeat): a handful, whatever the data.
    expect(small.matrix).toBeLessThanOrEqual(9);
    expect(small.coverage).toBeLessThanOrEqual(5);
    expect(small.counts).toBeLessThanOrEqual(10);
  });
});
