/**
 * Cross-partnership querying under the roles' rules: a record hidden from a caller (its sharing
 * level) never shows through a filter, a search hit, a count or an aggregate, and a value withheld
 * by disclosure control cannot be read off a value filter or a sort. The owner and the
 * administrator still see everything.
 */
import { Role } from '../src/access/roles';
import {
  CatalogueTracesDocument,
  FilteredObservationsDocument,
  FilteredOrganisationsDocument,
  FilteredPartnershipsDocument,
  FilteredPlacesDocument,
  InnovationMatrixDocument,
  PartnershipCountsDocument,
  PopulationCoverageDocument,
  RecordIdsDocument,
  SearchDocument,
  SetSharingDocument,
  type PartnershipFilter,
} from './generated/graphql';
import type { GraphQLClient } from './support/graphql-client';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
const as: Record<'admin' | 'analyst' | 'powysEditor' | 'conwyEditor' | 'buryEditor', GraphQLClient> = {} as never;

beforeAll(async () => {
  t = await startTestHub();
  as.admin = await t.clientAs(Role.ADMIN);
  as.analyst = await t.clientAs(Role.ANALYST);
  as.powysEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['powys-equals']);
  as.conwyEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['conwy']);
  as.buryEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
  const ids = async (slug: string) => (await as.admin.data(RecordIdsDocument, { slug })).partnership!;
  const powys = await ids('powys-equals');
  const lead = await ids('black-country-lead');
  const conwy = await ids('conwy');
  // Powys keeps its ex-offender groups to itself; LEAD shares British Waterways' adoption with partners only;
  // Conwy shares nothing beyond its own editors.
  for (const group of [...powys.targetGroups, ...powys.beneficiaryCategories].filter((g) => g.label === 'Ex-offenders')) {
    await as.admin.data(SetSharingDocument, { id: group.id, sharing: 'OWNER' });
  }
  const policyNational = lead.innovations.find((i) => i.dimension === 'POLICY' && i.level === 'NATIONAL')!;
  await as.admin.data(SetSharingDocument, { id: policyNational.id, sharing: 'PARTNERS' });
  await as.admin.data(SetSharingDocument, { id: conwy.id, sharing: 'OWNER' });
});
afterAll(() => t?.close());

const slugs = async (client: GraphQLClient, filter: PartnershipFilter) =>
  (await client.data(FilteredPartnershipsDocument, { filter, first: 100 })).partnerships.edges.map((e) => e.node.slug);

describe('hidden records never match a filter', () => {
  test('a population group hidden by its owner', async () => {
    const filter = { population: { concepts: ['ex-offenders'] } };
    expect(await slugs(t.client, filter)).toEqual(['seem']);
    expect(await slugs(as.analyst, filter)).toEqual(['seem']);
    expect(await slugs(as.powysEditor, filter)).toEqual(['powys-equals', 'seem']);
    expect(await slugs(as.admin, filter)).toEqual(['powys-equals', 'seem']);
  });

  test('an innovation shared with partners only', async () => {
    const filter = { innovation: { dimensions: ['POLICY' as const], levels: ['NATIONAL' as const] } };
    expect(await slugs(t.client, filter)).toEqual(['powys-equals']);
    expect(await slugs(as.analyst, filter)).toEqual(['black-country-lead', 'powys-equals']);
  });

  test('a hidden partnership, also inside the filters of other lists', async () => {
    expect(await slugs(t.client, { countries: ['wales'] })).toEqual(['powys-equals']);
    expect(await slugs(as.conwyEditor, { countries: ['wales'] })).toEqual(['conwy', 'powys-equals']);
    const leads = async (client: GraphQLClient) =>
      (await client.data(FilteredOrganisationsDocument, { filter: { partnerships: { countries: ['wales'] }, roles: ['LEAD'] }, first: 10 })).organisations.edges.map(
        (e) => e.node.key,
      );
    expect(await leads(t.client)).toEqual(['pavo']);
    expect(await leads(as.admin)).toEqual(['conwy-social-services', 'pavo']);
    const places = async (client: GraphQLClient) =>
      (await client.data(FilteredPlacesDocument, { filter: { hasPartnerships: true } })).places.edges.map((e) => e.node.key);
    expect(await places(t.client)).not.toContain('conwy');
    expect(await places(as.admin)).toContain('conwy');
  });

  test('a hidden record is unknown, not forbidden: its partnership slug is refused like a typo', async () => {
    const result = await t.client.request(FilteredPartnershipsDocument, { filter: { slugs: ['conwy'] } });
    expect(result.errors?.[0]).toMatchObject({ message: 'filter.slugs[0]: unknown partnership "conwy"', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('hidden records are never search hits', () => {
  const hits = async (client: GraphQLClient, query: string) =>
    (await client.data(SearchDocument, { query, first: 100 })).search.edges.map((e) => `${e.node.partnership.slug} ${e.node.recordType}`);

  test('"apprentice": the partners-only innovation is found by partners, not by the public', async () => {
    expect(await hits(t.client, 'apprentice')).not.toContain('black-country-lead INNOVATION');
    expect(await hits(as.analyst, 'apprentice')).toContain('black-country-lead INNOVATION');
  });

  test('"care leavers": the hidden partnership only for its own editors', async () => {
    expect((await hits(t.client, 'care leavers')).every((h) => h.startsWith('bury-est'))).toBe(true);
    expect(await hits(as.conwyEditor, 'care leavers')).toEqual(expect.arrayContaining(['conwy TARGET_GROUP', 'bury-est TARGET_GROUP']));
    const { search } = await t.client.data(SearchDocument, { query: 'care leavers', first: 1 });
    expect(search.totalCount).toBe((await hits(t.client, 'care leavers')).length);
  });

  test('`filter.text` matches only what the caller could find', async () => {
    expect(await slugs(t.client, { text: 'Hidden Harm' })).toEqual(['powys-equals']);
    expect(await slugs(t.client, { text: '"Land Apprentice"' })).toEqual(['black-country-lead']);
    expect(await slugs(t.client, { text: '"apprenticeship model"' })).toEqual([]);
    expect(await slugs(as.analyst, { text: '"apprenticeship model"' })).toEqual(['black-country-lead']);
  });
});

describe('aggregates count only what the caller may see', () => {
  test('innovation matrix', async () => {
    const cell = async (client: GraphQLClient) =>
      (await client.data(InnovationMatrixDocument, {})).innovationMatrix.cells.find((c) => c.dimension === 'POLICY' && c.level === 'NATIONAL')!;
    expect((await cell(t.client)).count).toBe(1);
    expect((await cell(t.client)).innovations.map((i) => i.partnership.slug)).toEqual(['powys-equals']);
    expect((await cell(as.analyst)).count).toBe(2);
  });

  test('population coverage and counts per place', async () => {
    const coverage = async (client: GraphQLClient, code: string) =>
      (await client.data(PopulationCoverageDocument, {})).populationCoverage.find((c) => c.concept.code === code)?.partnerships.map((p) => p.slug);
    expect(await coverage(t.client, 'ex-offenders')).toEqual(['seem']);
    expect(await coverage(as.powysEditor, 'ex-offenders')).toEqual(['powys-equals', 'seem']);
    expect(await coverage(t.client, 'neet')).toBeUndefined(); // only Conwy works with NEETs
    expect(await coverage(as.conwyEditor, 'neet')).toEqual(['conwy']);
    const wales = async (client: GraphQLClient) =>
      (await client.data(PartnershipCountsDocument, {})).partnershipCounts.byPlace.find((p) => p.place.key === 'wales')?.count;
    expect(await wales(t.client)).toBe(1);
    expect(await wales(as.admin)).toBe(2);
  });
});

describe('values withheld by disclosure control cannot be read off filters or sorts', () => {
  const parts = async (client: GraphQLClient, variables: object) =>
    (await client.data(FilteredObservationsDocument, { filter: { metrics: ['bury-est/starters'], breakdownItem: true }, first: 100, ...variables })).observations.edges.map(
      (e) => [e.node.breakdownCategory, e.node.value],
    );

  test('a value filter does not match a withheld value (Physical Disability 2), except for the owner', async () => {
    const two = { filter: { metrics: ['bury-est/starters'], breakdownItem: true, valueFrom: 2, valueTo: 2 } };
    expect(await parts(t.client, two)).toEqual([]);
    expect(await parts(as.analyst, two)).toEqual([]);
    expect(await parts(as.buryEditor, two)).toEqual([['Physical Disability', 2]]);
    // On-going 58 is withheld with early leavers 1 (59 = 0 + 58 + 1): no value filter finds it either.
    const ongoing = async (client: GraphQLClient) =>
      (await client.data(FilteredObservationsDocument, { filter: { metrics: ['bury-est/on-going'], valueFrom: 50 }, first: 10 })).observations.edges.map((e) => e.node.value);
    expect(await ongoing(t.client)).toEqual([]);
    expect(await ongoing(as.buryEditor)).toEqual([58]);
    // Values shown to everyone still match.
    expect(await parts(t.client, { filter: { metrics: ['bury-est/starters'], breakdownItem: true, valueFrom: 20 } })).toEqual([
      ['Learning Disability', 20],
      ['Mental Health', 27],
    ]);
  });

  test('sorting by value puts withheld values last, in no telling order', async () => {
    const ascending = { orderBy: { field: 'VALUE', direction: 'ASC' } };
    expect(await parts(t.client, ascending)).toEqual([
      ['Young care leavers', 0],
      ['Ethnicity', 5],
      ['Learning Disability', 20],
      ['Mental Health', 27],
      ['Physical Disability', null],
      ['Retention', null],
    ]);
    expect((await parts(as.buryEditor, ascending)).map(([, v]) => v)).toEqual([0, 2, 5, 5, 20, 27]);
  });

  test("sorting partnerships by an indicator value uses only values the caller is shown (Bury's 59 starters is one)", async () => {
    const metrics = ['bury-est/starters', 'seem/people-interested-in-social-enterprise-reached'];
    const { partnerships } = await t.client.data(FilteredPartnershipsDocument, {
      orderBy: [{ field: 'INDICATOR_VALUE', metrics }],
      first: 2,
    });
    expect(partnerships.edges.map((e) => e.node.slug)).toEqual(['bury-est', 'seem']);
  });
});

test('a hidden partnership leaves no trace in the catalogues: metrics, documents, organisations only it names, mappings', async () => {
  const traces = async (client: GraphQLClient) => {
    const data = await client.data(CatalogueTracesDocument, {});
    return {
      metrics: data.metrics.edges.map((e) => e.node.key),
      metricCount: data.metrics.totalCount,
      documents: data.sourceDocuments.edges.map((e) => e.node.key),
      organisations: data.organisations.edges.map((e) => e.node.key),
      organisationCount: data.organisations.totalCount,
      mappings: data.indicators.flatMap((i) => i.mappings.map((m) => m.metricKey)),
    };
  };
  const conwyDocument = '003-ad525a32b259ab58';
  const admin = await traces(as.admin);
  expect(admin.metrics.filter((k) => k.startsWith('conwy/')).length).toBeGreaterThan(3);
  expect(admin.documents).toContain(conwyDocument);
  expect(admin.organisations).toContain('conwy-social-services');
  expect(admin.mappings.some((k) => k.startsWith('conwy/'))).toBe(true);

  for (const client of [t.client, as.analyst, as.powysEditor]) {
    const seen = await traces(client);
    expect(seen.metrics.filter((k) => k.startsWith('conwy/'))).toEqual([]);
    expect(seen.metricCount).toBe(seen.metrics.length);
    expect(seen.documents).not.toContain(conwyDocument);
    expect(seen.organisations).not.toContain('conwy-social-services');
    expect(seen.organisationCount).toBe(seen.organisations.length);
    expect(seen.mappings.filter((k) => k.startsWith('conwy/'))).toEqual([]);
    // Everything the other partnerships stand behind is still there.
    expect(seen.metrics).toEqual(admin.metrics.filter((k) => !k.startsWith('conwy/')));
    expect(seen.documents).toHaveLength(admin.documents.length - 1);
  }
  // Nor in an export's metadata, which lists the source documents behind the figures.
  const exported = async (headers: Record<string, string> = {}) =>
    ((await (await fetch(`${t.origin}/export/metadata.json`, { headers })).json()) as { sources: Array<{ key: string }> }).sources.map((d) => d.key);
  expect(await exported()).not.toContain(conwyDocument);
  expect(await exported()).toHaveLength(admin.documents.length - 1);
  expect(await exported({ authorization: `Bearer ${await t.createKey(Role.ADMIN)}` })).toContain(conwyDocument);
  const own = await traces(as.conwyEditor);
  expect(own.metrics).toEqual(admin.metrics);
  expect(own.organisations).toContain('conwy-social-services');
});
