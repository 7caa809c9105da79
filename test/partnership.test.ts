/**
 * Issue 2 acceptance: for each of the five sources, facts queried over HTTP come back exactly as
 * the source states them, each with provenance that stands verbatim in its document.
 */
import {
  PartnershipFactsDocument,
  PartnershipPageDocument,
  type PartnershipFactsQuery,
} from './generated/graphql';
import { Role } from '../src/access/roles';
import { startTestHub, type TestHub } from './support/hub';
import { allPassages, expectProvenance } from './support/sources';

type Facts = NonNullable<PartnershipFactsQuery['partnership']>;
type Figure = Facts['observations'][number];

let t: TestHub;
const facts: Record<string, Facts> = {};

beforeAll(async () => {
  t = await startTestHub();
  // Every fact, personal data included: read as an administrator (what others see is test/auth.test.ts).
  const admin = await t.clientAs(Role.ADMIN);
  for (const slug of ['powys-equals', 'black-country-lead', 'bury-est', 'conwy', 'seem']) {
    const data = await admin.data(PartnershipFactsDocument, { slug });
    facts[slug] = data.partnership!;
  }
});
afterAll(() => t?.close());

const figure = (p: Facts, statedAs: string, metricLabelPart?: string): Figure => {
  const found = p.observations.filter(
    (o) => o.statedAs === statedAs && (!metricLabelPart || o.metric.label.toLowerCase().includes(metricLabelPart.toLowerCase())),
  );
  expect(found).toHaveLength(1);
  return found[0];
};
const fieldSource = (p: Facts, field: string) => p.fieldSources.find((f) => f.field === field)?.source;

describe('every provenance pointer', () => {
  test.each(['powys-equals', 'black-country-lead', 'bury-est', 'conwy', 'seem'])('of %s quotes its document verbatim', (slug) => {
    const passages = allPassages(facts[slug]);
    expect(passages.length).toBeGreaterThan(20);
    for (const passage of passages) expectProvenance(passage);
    expect(new Set(passages.map((p) => p.document.fileName)).size).toBe(1);
  });
});

describe('Powys Equals Partnership (000, EQUAL profile page)', () => {
  const p = () => facts['powys-equals'];

  test('programme, round and theme', () => {
    expect(p()).toMatchObject({ name: 'Powys Equals Partnership', programme: 'EQUAL', round: 2, theme: 'Social economy' });
    expectProvenance(fieldSource(p(), 'THEME'), 'Social economy');
    expectProvenance(p().source, 'Powys Equals Partnership');
    expect(p().places.map((pl) => [pl.key, pl.kind])).toEqual([['powys', 'LOCAL_AUTHORITY']]);
  });

  test('Action 2 and Action 3 end dates', () => {
    expect(p().action2EndDate).toBe('2007-06-29');
    expect(p().action3EndDate).toBe('2007-12-21');
    expectProvenance(fieldSource(p(), 'ACTION_2_END_DATE'), 'Action 2: 29 June 2007');
    expectProvenance(fieldSource(p(), 'ACTION_3_END_DATE'), 'Action 3: 21 December 2007');
  });

  test('its two innovation classifications with their descriptions', () => {
    expect(p().innovations.map((i) => [i.dimension, i.level, i.project?.name])).toEqual([
      ['PROCESS', 'LOCAL', 'Environmental Project'],
      ['POLICY', 'NATIONAL', 'Hidden Harm'],
    ]);
    expect(p().innovations[0].description).toMatch(/^The Environmental Project is testing how a facility can be established/);
    expect(p().innovations[1].description).toMatch(/^The Hidden Harm project seeks to support families .* should similar support networks be established nationally\.$/);
    expectProvenance(p().innovations[0].source, p().innovations[0].description);
    expect(p().innovations[0].source.section).toContain('Process/Local');
  });

  test('objectives, activities, target groups and beneficiaries in source order and wording', () => {
    expect(p().objectives.map((o) => o.ordinal)).toEqual([0, 1, 2, 3]);
    expect(p().objectives[0].text).toBe('Develop services that meet the needs of people from more than one disadvantaged group');
    expect(p().activities).toHaveLength(6);
    expect(p().targetGroups.map((g) => g.label)).toEqual([
      'Unemployed', 'Migrants', 'Ethnic minorities', 'Asylum seekers', 'People with physical disabilities',
      'People coping with mental health issues', 'Substance abusers', 'Homeless people', 'Ex-offenders', 'People leaving care',
    ]);
    expect(p().beneficiaryCategories.map((g) => g.label)).toContain('Drug and alcohol misusers');
    expect(p().beneficiaryCategories).toHaveLength(9);
    expectProvenance(p().targetGroups[8].source, 'Ex-offenders');
  });

  test('lead organisation, contacts and the social enterprises it learns from', () => {
    expect(p().leadOrganisation).toMatchObject({ key: 'pavo', sector: 'VOLUNTARY' });
    expect(p().contacts.map((c) => c.name)).toEqual(['Christine Cameron', 'Alison Thomas']);
    expectProvenance(p().contacts[0].source, 'Christine Cameron, PAVO');
    const enterprises = p().projects.filter((pr) => pr.kind === 'SOCIAL_ENTERPRISE').map((pr) => pr.name);
    expect(enterprises).toEqual(['Cae Post', 'SIREN', 'Arcady']);
  });

  test('context figures as stated: 5%, £8.4 billion a year, almost 1% of GDP', () => {
    const share = figure(p(), '5%');
    expect(share).toMatchObject({ value: 5, unit: 'PERCENT', scope: 'CONTEXT', qualifier: 'EXACT' });
    const money = figure(p(), '£8.4 billion');
    expect(money).toMatchObject({ value: 8.4e9, unit: 'MONEY', currency: 'GBP', scope: 'CONTEXT', area: { key: 'uk' } });
    expect(money.period?.label).toBe('per year');
    expect(figure(p(), 'almost 1%')).toMatchObject({ value: 1, qualifier: 'ALMOST', unit: 'PERCENT' });
    expectProvenance(money.source, '£8.4 billion per year');
  });
});

describe('Black Country Communities in the Lead (001, EQUAL profile page)', () => {
  const p = () => facts['black-country-lead'];

  test('name, acronym, places and lead', () => {
    expect(p()).toMatchObject({ acronym: 'LEAD', programme: 'EQUAL', round: 2, theme: 'Social economy' });
    expect(p().places[0]).toMatchObject({ key: 'black-country', parent: { key: 'west-midlands' } });
    expect(p().leadOrganisation?.name).toBe('Black Country Consortium');
    expect(p().contacts.map((c) => [c.name, c.organisation?.name])).toEqual([['Anthony Walters', 'Black Country Consortium']]);
  });

  test('Action 2 and Action 3 end dates', () => {
    expect([p().action2EndDate, p().action3EndDate]).toEqual(['2007-09-30', '2008-03-31']);
    expectProvenance(fieldSource(p(), 'ACTION_2_END_DATE'), 'Action 2: 30 September 2007');
    expectProvenance(fieldSource(p(), 'ACTION_3_END_DATE'), 'Action 3: 31 March 2008');
  });

  test('its three innovation classifications with their descriptions', () => {
    expect(p().innovations.map((i) => [i.dimension, i.level])).toEqual([
      ['PRODUCT', 'REGIONAL'],
      ['POLICY', 'LOCAL'],
      ['POLICY', 'NATIONAL'],
    ]);
    expect(p().innovations[0].description).toMatch(/^Level One toolkit for developing social enterprise is being trialed/);
    expect(p().innovations[2].description).toBe(
      'The apprenticeship model developed by the DP is to be adopted by British Waterways as part of their national recruitment policy.',
    );
    for (const innovation of p().innovations) expectProvenance(innovation.source, innovation.description);
  });

  test('total beneficiaries 350', () => {
    const total = figure(p(), '350');
    expect(total).toMatchObject({ value: 350, unit: 'COUNT', scope: 'PARTNERSHIP' });
    expectProvenance(total.source, 'Total beneficiaries: 350');
  });

  test('three achievements, titled and told as on the page', () => {
    expect(p().achievements.map((a) => a.title)).toEqual([
      'Benchmarking against best practice',
      'Moving away from grant dependency',
      'Raising the bar for corporate social responsibility',
    ]);
    expect(p().achievements[1].narrative).toContain('expanding from 3 teams to 6 to cope with demand from British Waterways');
    expectProvenance(p().achievements[2].source, 'partnership with IKEA');
  });

  test('objectives, target groups, beneficiaries and Round One history', () => {
    expect(p().objectives).toHaveLength(8);
    expect(p().targetGroups.map((g) => g.label)).toContain('Asian women');
    expect(p().beneficiaryCategories).toHaveLength(8);
    expect(p().roundOneHistory).toContain('The Learning Kitchen in Round One');
    expectProvenance(fieldSource(p(), 'ROUND_ONE_HISTORY'), 'Learning Kitchen');
  });
});

describe('Bury EST (002, progress report November 2002)', () => {
  const p = () => facts['bury-est'];

  test('starters 59 with its six-group breakdown, as stated', () => {
    const starters = figure(p(), '59', 'starters');
    expect(starters).toMatchObject({ value: 59, unit: 'COUNT', asOf: '2002-11-30', breakdownDimension: null });
    expect(starters.breakdown.map((b) => [b.breakdownCategory, b.value])).toEqual([
      ['Learning Disability', 20],
      ['Mental Health', 27],
      ['Physical Disability', 2],
      ['Ethnicity', 5],
      ['Retention', 5],
      ['Young care leavers', 0],
    ]);
    expectProvenance(starters.source, 'Number of Starters: 59');
    expectProvenance(starters.breakdown[2].source, 'Physical Disability 2');
  });

  test('employed 9 (LD 3 / MH 6)', () => {
    const employed = p().observations.find((o) => o.key === 'number-employed')!;
    expect(employed.metric.label).toBe('Number employed');
    expect(employed.breakdown.map((b) => [b.breakdownCategory, b.value])).toEqual([
      ['LD', 3],
      ['MH', 6],
    ]);
    expectProvenance(employed.source, 'Number employed: 9 (LD 3 / MH 6)');
  });

  test('figures that disagree are both kept: 47 recruited and 59 starters', () => {
    const recruited = figure(p(), '47');
    expectProvenance(recruited.source, '47 beneficiaries predominately with disabilities have been recruited');
    expect(figure(p(), '59', 'starters').value).toBe(59);
  });

  test('the report, its recipient and progress notes per objective', () => {
    expect(p().reports).toHaveLength(1);
    const report = p().reports[0];
    expect(report).toMatchObject({
      title: 'Bury EST Progress Report November 2002',
      kind: 'PROGRESS_REPORT',
      period: { label: 'November 2002', start: '2002-11-01', end: '2002-11-30' },
      recipient: { name: 'ECOTEC' },
    });
    expect(p().objectives.map((o) => o.label)).toEqual(['Objective 1', 'Objective 2', 'Objective 3', 'Objective 4']);
    const towardsFirst = report.progressNotes.filter((n) => n.objective?.label === 'Objective 1');
    expect(towardsFirst.length).toBeGreaterThanOrEqual(5);
    expect(report.progressNotes.map((n) => n.section)).toEqual(expect.arrayContaining(['Equal Opportunities', 'Innovation', 'Empowerment']));
    expectProvenance(towardsFirst[0].source, towardsFirst[0].text);
  });

  test('the FUTURO transnational partnership and its events', () => {
    expect(p().developmentPartnership).toBe('Embracing Diversity');
    const [futuro] = p().transnationalPartnerships;
    expect(futuro.name).toBe('FUTURO');
    expect(futuro.members.map((m) => m.partnership?.slug ?? m.name)).toEqual(['bury-est', 'European partners']);
    expect(futuro.events.map((e) => [e.kind, e.occurredBy])).toEqual([
      ['TECHNICAL_MEETING', '2002-11-30'],
      ['SEMINAR', '2002-11-30'],
    ]);
    expectProvenance(futuro.events[0].source, 'first FUTURO transnational partnership technical meeting');
  });

  test('organisations and their roles', () => {
    const roles = p().memberships.map((m) => [m.organisation.name, m.role]);
    expect(roles).toEqual(expect.arrayContaining([['ECOTEC', 'REPORT_RECIPIENT']]));
    expect(p().leadOrganisation?.name).toBe('Bury EST');
    expect(p().beneficiaryCategories.map((b) => b.label)).toEqual([
      'Learning Disability', 'Mental Health', 'Physical Disability', 'Ethnicity', 'Retention', 'Young care leavers',
    ]);
  });
});

describe('Conwy (003, social services web page)', () => {
  const p = () => facts['conwy'];

  test('New Work Connections: 887 supported, 778 achieved an outcome', () => {
    const supported = figure(p(), '887');
    const outcomes = figure(p(), '778');
    expect(supported).toMatchObject({ value: 887, scope: 'PROJECT', project: { name: 'New Work Connections' } });
    expect(outcomes).toMatchObject({ value: 778, scope: 'PROJECT', project: { name: 'New Work Connections' } });
    expectProvenance(supported.source, 'New Work Connections has supported 887 people in Conwy');
    expectProvenance(outcomes.source, '778 of these individuals have achieved an outcome');
  });

  test('care leavers in education, employment or training at 19: 50% (2012/13), 75% (2013/14), Welsh average 56.7%', () => {
    const series = p()
      .observations.filter((o) => o.metric.key === 'conwy/care-leavers-eet-at-19' && o.scope === 'PARTNERSHIP')
      .map((o) => [o.period?.label, o.value, o.unit, o.comparator?.value, o.comparator?.area?.key]);
    expect(series).toEqual([
      ['2012/13', 50, 'PERCENT', 56.7, 'wales'],
      ['2013/14', 75, 'PERCENT', 56.7, 'wales'],
    ]);
    const latest = figure(p(), '75%');
    expect(latest.period).toEqual({ label: '2013/14', start: '2013-04-01', end: '2014-03-31' });
    expectProvenance(latest.source, 'this has risen to 75% in 2013/14');
    expectProvenance(latest.comparator!.source, 'The Welsh average is 56.7%');
    expect(latest.comparator!.scope).toBe('CONTEXT');
  });

  test('the three service-user quotes with who referred them', () => {
    expect(p().testimonials.map((q) => [q.speaker, q.referredBy])).toEqual([
      ['a single father', 'the Supporting Children team'],
      ['Participant', 'the Mental Health team'],
      ['Participant', 'Learning Disability Team'],
    ]);
    expect(p().testimonials[0].text).toMatch(/^Really enjoyed the courses I went on/);
    expectProvenance(p().testimonials[0].source, "I wouldn’t be working without the help I’ve had!");
  });

  test('projects: New Work Connections, the Careers Wales secondment and the NEET Panel', () => {
    const names = p().projects.map((pr) => pr.name);
    expect(names).toEqual(expect.arrayContaining(['New Work Connections', 'Careers Wales Secondment (impact on NEET)', 'NEET Panel']));
    const panel = p().projects.find((pr) => pr.name === 'NEET Panel')!;
    expect(panel).toMatchObject({ kind: 'PANEL', establishedOn: '2013-09-01' });
    expectProvenance(panel.source, 'NEET Panel');
  });

  test('12 engagement courses, 6 of which can be accredited', () => {
    expect(figure(p(), '12').value).toBe(12);
    expect(figure(p(), '6').value).toBe(6);
    expectProvenance(figure(p(), '12').source, 'range of 12 low level participant engagement courses, 6 of which have the option of being accredited');
  });

  test('programme and place', () => {
    expect(p()).toMatchObject({ programme: 'ESF', slug: 'conwy' });
    expect(p().places[0]).toMatchObject({ key: 'conwy', parent: { key: 'north-wales' } });
    expect(p().targetGroups.map((g) => g.label)).toContain('Care Leavers');
  });
});

describe('SEEM Development Partnership (004, summary)', () => {
  const p = () => facts['seem'];

  test('"over 300" people and "over 150" social enterprises, with the qualifier', () => {
    const people = figure(p(), 'over 300');
    const enterprises = figure(p(), 'over 150');
    expect(people).toMatchObject({ value: 300, qualifier: 'AT_LEAST', unit: 'COUNT' });
    expect(enterprises).toMatchObject({ value: 150, qualifier: 'AT_LEAST', unit: 'COUNT' });
    expect(people.period).toEqual({ label: 'By the end of the financial year 2003-4', start: null, end: '2004-03-31' });
    expectProvenance(people.source, 'over 300 people interested in social enterprise');
    expectProvenance(enterprises.source, 'over 150 established and emerging social enterprises');
  });

  test('aim, objectives and background in its words', () => {
    expect(p().aims).toMatch(/^The aim of the SEEM DP was to test and promote new means of combating discrimination/);
    expect(p().objectives).toHaveLength(10);
    expect(p().objectives[9].text).toBe('developing cohesion within the sector');
    expect(p().background).toContain('The DP covered the whole of the East Midlands.');
    expectProvenance(fieldSource(p(), 'AIMS'), 'test and promote new means of combating discrimination');
  });

  test('target beneficiary groups, including the ex-offenders project', () => {
    expect(p().targetGroups.map((g) => g.label)).toEqual([
      'disabled people', 'women', 'people experiencing rural isolation', 'ethnic minorities',
      'particular disadvantaged geographies', 'ex-offenders',
    ]);
    expectProvenance(p().targetGroups[5].source, 'One social enterprise project targeted ex-offenders.');
  });

  test('region, programme and status', () => {
    expect(p()).toMatchObject({ acronym: 'SEEM', programme: 'EQUAL', status: 'COMPLETED' });
    expect(p().places.map((pl) => pl.key)).toEqual(['east-midlands']);
    expect(p().achievements[0].narrative).toContain('formal and informal working relationships were established');
  });
});

describe('partnerships(first, after, last, before): a Relay connection', () => {
  const page = (vars: { first?: number; after?: string | null; last?: number; before?: string | null }) =>
    t.client.data(PartnershipPageDocument, vars).then((d) => d.partnerships);

  test('pages forward and backward through every partnership by name, each once', async () => {
    const forward: string[] = [];
    let after: string | null | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const p = await page({ first: 2, after });
      expect(p.totalCount).toBe(5);
      forward.push(...p.edges.map((e) => e.node.name));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(5);
    expect(forward).toEqual([...forward].sort((a, b) => a.localeCompare(b, 'en')));

    const backward: string[] = [];
    let before: string | null | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const p = await page({ last: 2, before });
      backward.unshift(...p.edges.map((e) => e.node.name));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  test('partnership(slug:) and the edges agree; an unknown slug is null', async () => {
    const all = await page({ first: 100 });
    for (const { node } of all.edges) {
      const { partnership } = await t.client.data(PartnershipFactsDocument, { slug: node.slug });
      expect(partnership?.id).toBe(node.id);
    }
    expect((await t.client.data(PartnershipFactsDocument, { slug: 'no-such-partnership' })).partnership).toBeNull();
  });

  test('first: 0 gives no edges but the total', async () => {
    const p = await page({ first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.totalCount).toBe(5);
  });

  test.each([
    [{ first: -1 }, /"first" must be between 0 and 100/],
    [{ first: 101 }, /"first" must be between 0 and 100/],
    [{ last: 1000000 }, /"last" must be between 0 and 100/],
    [{ first: 1, last: 1 }, /not both/],
    [{ first: 1, after: 'garbage!' }, /"after" is not a cursor/],
    [{ first: 1, after: Buffer.from('[1,2,3]').toString('base64url') }, /"after" is not a cursor/],
    [{ last: 1, before: Buffer.from('{"a":1}').toString('base64url') }, /"before" is not a cursor/],
  ])('%j is refused with BAD_USER_INPUT', async (vars, message) => {
    const result = await t.client.request(PartnershipPageDocument, vars);
    expect(result.data?.partnerships ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
  });
});
