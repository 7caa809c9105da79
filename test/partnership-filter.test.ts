/**
 * Issue 4, filters and sorting: `partnerships(filter:, orderBy:)` and the other top-level lists,
 * typed input objects compiled to SQL, combinable with and/or/not; sort by name, end date or an
 * indicator value with cursors that stay correct; invalid input is a clear BAD_USER_INPUT.
 */
import {
  FilteredMetricsDocument,
  FilteredObservationsDocument,
  FilteredOrganisationsDocument,
  FilteredPartnershipsDocument,
  FilteredPlacesDocument,
  FilteredSourceDocumentsDocument,
  FilteredTransnationalPartnershipsDocument,
  PartnershipsWithWordingDocument,
  type FilteredPartnershipsQueryVariables,
  type PartnershipFilter,
  type PartnershipsWithWordingQuery,
} from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { expectProvenance } from './support/sources';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const slugs = async (filter: PartnershipFilter | null, extra: Omit<FilteredPartnershipsQueryVariables, 'filter'> = {}) =>
  (await t.client.data(FilteredPartnershipsDocument, { filter, first: 100, ...extra })).partnerships.edges.map((e) => e.node.slug);

type WithWording = PartnershipsWithWordingQuery['partnerships']['edges'][number]['node'];
const withWording = async (concepts: string[], includeNarrower = true): Promise<Map<string, WithWording>> => {
  const { partnerships } = await t.client.data(PartnershipsWithWordingDocument, {
    filter: { population: { concepts, includeNarrower } },
    concepts,
    includeNarrower,
  });
  expect(partnerships.totalCount).toBe(partnerships.edges.length);
  return new Map(partnerships.edges.map((e) => [e.node.slug, e.node]));
};
const wording = (p: WithWording) => [...p.targetGroups.map((g) => `TG ${g.label}`), ...p.beneficiaryCategories.map((g) => `BC ${g.label}`)];

describe('acceptance: population concepts and places', () => {
  test('partnerships targeting ex-offenders: Powys and SEEM, each with its own wording and its source', async () => {
    const found = await withWording(['ex-offenders']);
    expect([...found.keys()]).toEqual(['powys-equals', 'seem']);
    expect(wording(found.get('powys-equals')!)).toEqual(['TG Ex-offenders', 'BC Ex-offenders']);
    expect(wording(found.get('seem')!)).toEqual(['TG ex-offenders']);
    for (const p of found.values()) {
      for (const g of [...p.targetGroups, ...p.beneficiaryCategories]) expectProvenance(g.source, g.label);
    }
  });

  test('partnerships in Wales (places within Wales included): Powys and Conwy', async () => {
    expect(await slugs({ places: { keys: ['wales'] } })).toEqual(['conwy', 'powys-equals']);
    expect(await slugs({ countries: ['wales'] })).toEqual(['conwy', 'powys-equals']);
    // No partnership names Wales itself: without descendants, none.
    expect(await slugs({ places: { keys: ['wales'], includeDescendants: false } })).toEqual([]);
    expect(await slugs({ places: { keys: ['powys'], includeDescendants: false } })).toEqual(['powys-equals']);
    expect(await slugs({ countries: ['england'] })).toEqual(['black-country-lead', 'bury-est', 'seem']);
    expect(await slugs({ places: { keys: ['west-midlands', 'north-west'] } })).toEqual(['black-country-lead', 'bury-est']);
  });

  test('partnerships targeting people with disabilities, narrower concepts included: all five, each with the wording that matched', async () => {
    const found = await withWording(['disability']);
    expect([...found.keys()]).toEqual(['black-country-lead', 'bury-est', 'conwy', 'powys-equals', 'seem']);
    expect(Object.fromEntries([...found].map(([slug, p]) => [slug, wording(p)]))).toEqual({
      'black-country-lead': ['TG People with disabilities', 'BC People with disabilities'],
      'bury-est': ['TG people with disabilities', 'BC Learning Disability', 'BC Physical Disability'],
      conwy: ['TG learning disabilities', 'TG a physical disability or sensory impairment'],
      'powys-equals': ['TG People with physical disabilities', 'BC People with disabilities'],
      seem: ['TG disabled people'],
    });
    expect(found.get('powys-equals')!.targetGroups[0].concepts.map((c) => c.code)).toEqual(['physical-disability']);
    for (const p of found.values()) {
      for (const g of [...p.targetGroups, ...p.beneficiaryCategories]) expectProvenance(g.source, g.label);
    }
  });

  test('without narrower concepts, only wording mapped to "disability" itself counts (Conwy drops out)', async () => {
    const found = await withWording(['disability'], false);
    expect([...found.keys()]).toEqual(['black-country-lead', 'bury-est', 'powys-equals', 'seem']);
    expect(wording(found.get('powys-equals')!)).toEqual(['BC People with disabilities']);
    expect(wording(found.get('bury-est')!)).toEqual(['TG people with disabilities']);
  });

  test('which list to look in: target groups, beneficiary categories or both', async () => {
    expect(await slugs({ population: { concepts: ['rural-communities'] } })).toEqual(['powys-equals', 'seem']);
    expect(await slugs({ population: { concepts: ['rural-communities'], in: ['TARGET_GROUPS'] } })).toEqual(['seem']);
    expect(await slugs({ population: { concepts: ['rural-communities'], in: ['BENEFICIARY_CATEGORIES'] } })).toEqual(['powys-equals']);
  });
});

describe('every filter field', () => {
  test('programme, round, status', async () => {
    expect(await slugs({ programmes: ['ESF'] })).toEqual(['conwy']);
    expect(await slugs({ programmes: ['EQUAL', 'ESF'] })).toHaveLength(5);
    expect(await slugs({ rounds: [2] })).toEqual(['black-country-lead', 'powys-equals']);
    expect(await slugs({ statuses: ['COMPLETED'] })).toEqual(['black-country-lead', 'powys-equals', 'seem']);
  });

  test('theme, as THEME concepts with their narrower themes', async () => {
    expect(await slugs({ theme: { concepts: ['social-economy'] } })).toEqual(['black-country-lead', 'powys-equals']);
    expect(await slugs({ theme: { concepts: ['entrepreneurship'] } })).toEqual(['black-country-lead', 'powys-equals']);
    expect(await slugs({ theme: { concepts: ['entrepreneurship'], includeNarrower: false } })).toEqual([]);
    expect(await slugs({ theme: { concepts: ['employability'] } })).toEqual([]);
  });

  test('innovation dimension and level (in the same classification)', async () => {
    expect(await slugs({ innovation: { dimensions: ['POLICY'], levels: ['NATIONAL'] } })).toEqual(['black-country-lead', 'powys-equals']);
    expect(await slugs({ innovation: { dimensions: ['PROCESS'] } })).toEqual(['powys-equals']);
    expect(await slugs({ innovation: { levels: ['REGIONAL'] } })).toEqual(['black-country-lead']);
    expect(await slugs({ innovation: { dimensions: ['PROCESS'], levels: ['NATIONAL'] } })).toEqual([]);
  });

  test('organisation, with a role in the partnership or one of its projects', async () => {
    expect(await slugs({ organisation: { keys: ['pavo'] } })).toEqual(['powys-equals']);
    expect(await slugs({ organisation: { keys: ['british-waterways'] } })).toEqual(['black-country-lead']);
    expect(await slugs({ organisation: { keys: ['pavo', 'conwy-social-services'], roles: ['LEAD'] } })).toEqual(['conwy', 'powys-equals']);
    expect(await slugs({ organisation: { keys: ['pavo'], roles: ['FUNDER'] } })).toEqual([]);
  });

  test('active on a date: on or before the last end date stated (Action 3, else Action 2)', async () => {
    expect(await slugs({ activeOn: '2007-06-01' })).toEqual(['black-country-lead', 'powys-equals']);
    expect(await slugs({ activeOn: '2007-12-21' })).toEqual(['black-country-lead', 'powys-equals']);
    expect(await slugs({ activeOn: '2007-12-22' })).toEqual(['black-country-lead']);
    expect(await slugs({ activeOn: '2008-04-01' })).toEqual([]);
  });

  test('free text over every narrative field, prefixes included', async () => {
    expect(await slugs({ text: 'apprentice' })).toEqual(['black-country-lead', 'conwy']);
    expect(await slugs({ text: '"care leavers"' })).toEqual(['bury-est', 'conwy']);
    expect(await slugs({ text: 'Hidden Harm' })).toEqual(['powys-equals']);
  });

  test('slugs', async () => {
    expect(await slugs({ slugs: ['seem', 'conwy'] })).toEqual(['conwy', 'seem']);
  });
});

describe('and / or / not', () => {
  test('fields of one filter must all hold', async () => {
    expect(await slugs({ population: { concepts: ['ex-offenders'] }, countries: ['wales'] })).toEqual(['powys-equals']);
  });

  test('or, and, not, nested', async () => {
    expect(await slugs({ or: [{ population: { concepts: ['ex-offenders'] } }, { countries: ['wales'] }] })).toEqual(['conwy', 'powys-equals', 'seem']);
    expect(await slugs({ and: [{ programmes: ['EQUAL'] }, { countries: ['england'] }] })).toEqual(['black-country-lead', 'bury-est', 'seem']);
    expect(await slugs({ not: { programmes: ['EQUAL'] } })).toEqual(['conwy']);
    expect(
      await slugs({ countries: ['england'], not: { or: [{ population: { concepts: ['ex-offenders'] } }, { innovation: { levels: ['NATIONAL'] } }] } }),
    ).toEqual(['bury-est']);
  });

  test('not of a field some partnerships leave empty includes them (no round is not round 2)', async () => {
    expect(await slugs({ not: { rounds: [2] } })).toEqual(['bury-est', 'conwy', 'seem']);
    expect(await slugs({ not: { activeOn: '2008-01-01' } })).toEqual(['bury-est', 'conwy', 'powys-equals', 'seem']);
    expect(await slugs({ not: { theme: { concepts: ['social-economy'] } } })).toEqual(['bury-est', 'conwy', 'seem']);
  });

  test('totalCount counts the filtered list', async () => {
    const { partnerships } = await t.client.data(FilteredPartnershipsDocument, { filter: { countries: ['england'] }, first: 1 });
    expect(partnerships.totalCount).toBe(3);
    expect(partnerships.edges).toHaveLength(1);
  });
});

describe('sorting, with cursors that stay correct', () => {
  const all = ['black-country-lead', 'bury-est', 'conwy', 'powys-equals', 'seem'];

  /** Walks a list forward and backward two at a time. */
  async function walk(variables: Omit<FilteredPartnershipsQueryVariables, 'first' | 'after' | 'last' | 'before'>) {
    const forward: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { partnerships } = await t.client.data(FilteredPartnershipsDocument, { ...variables, first: 2, after });
      forward.push(...partnerships.edges.map((e) => e.node.slug));
      if (!partnerships.pageInfo.hasNextPage) break;
      after = partnerships.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { partnerships } = await t.client.data(FilteredPartnershipsDocument, { ...variables, last: 2, before });
      backward.unshift(...partnerships.edges.map((e) => e.node.slug));
      if (!partnerships.pageInfo.hasPreviousPage) break;
      before = partnerships.pageInfo.startCursor;
    }
    return { forward, backward };
  }

  test('by name, ascending (the default) and descending', async () => {
    expect(await slugs(null)).toEqual(all);
    expect(await slugs(null, { orderBy: [{ field: 'NAME', direction: 'DESC' }] })).toEqual([...all].reverse());
    expect(await walk({ orderBy: [{ field: 'NAME', direction: 'DESC' }] })).toEqual({ forward: [...all].reverse(), backward: [...all].reverse() });
  });

  test('by Action 3 end date, partnerships without one last in either direction; pages agree both ways', async () => {
    const asc = ['powys-equals', 'black-country-lead', 'bury-est', 'conwy', 'seem'];
    const desc = ['black-country-lead', 'powys-equals', 'bury-est', 'conwy', 'seem'];
    expect(await slugs(null, { orderBy: [{ field: 'ACTION_3_END_DATE' }] })).toEqual(asc);
    expect(await slugs(null, { orderBy: [{ field: 'ACTION_3_END_DATE', direction: 'DESC' }] })).toEqual(desc);
    expect(await walk({ orderBy: [{ field: 'ACTION_3_END_DATE' }] })).toEqual({ forward: asc, backward: asc });
    expect(await walk({ orderBy: [{ field: 'ACTION_3_END_DATE', direction: 'DESC' }] })).toEqual({ forward: desc, backward: desc });
    // Ties among the missing dates are broken by the next key.
    expect(await slugs(null, { orderBy: [{ field: 'END_DATE' }, { field: 'NAME', direction: 'DESC' }] })).toEqual([
      'powys-equals', 'black-country-lead', 'seem', 'conwy', 'bury-est',
    ]);
  });

  test('by an indicator value: each partnership by its own comparable metric, without one last', async () => {
    const metrics = [
      'black-country-lead/total-beneficiaries', // 350
      'seem/people-interested-in-social-enterprise-reached', // over 300
      'bury-est/starters', // 59
      'conwy/nwc-people-supported', // 887
    ];
    const desc = ['conwy', 'black-country-lead', 'seem', 'bury-est', 'powys-equals'];
    expect(await slugs(null, { orderBy: [{ field: 'INDICATOR_VALUE', metrics, direction: 'DESC' }] })).toEqual(desc);
    expect(await slugs(null, { orderBy: [{ field: 'INDICATOR_VALUE', metrics }] })).toEqual(['bury-est', 'seem', 'black-country-lead', 'conwy', 'powys-equals']);
    expect(await walk({ orderBy: [{ field: 'INDICATOR_VALUE', metrics, direction: 'DESC' }] })).toEqual({ forward: desc, backward: desc });
  });

  test("the latest reported figure counts, not a context figure: Conwy's care-leaver EET 75% (2013/14), not 50% or the Welsh 56.7%", async () => {
    // Sorting Conwy's EET rate against LEAD's 350 beneficiaries makes no sense, but it shows which value is used.
    const { partnerships } = await t.client.data(FilteredPartnershipsDocument, {
      filter: { slugs: ['conwy', 'bury-est'] },
      orderBy: [{ field: 'INDICATOR_VALUE', metrics: ['conwy/care-leavers-eet-at-19', 'bury-est/starters'] }],
      first: 1,
    });
    expect(partnerships.edges.map((e) => e.node.slug)).toEqual(['bury-est']); // 59 < 75
    const cursorValue = JSON.parse(Buffer.from(partnerships.edges[0].cursor, 'base64url').toString());
    expect(cursorValue.slice(1)).toEqual([59, expect.any(Number)]);
    const next = await t.client.data(FilteredPartnershipsDocument, {
      filter: { slugs: ['conwy', 'bury-est'] },
      orderBy: [{ field: 'INDICATOR_VALUE', metrics: ['conwy/care-leavers-eet-at-19', 'bury-est/starters'] }],
      first: 1,
      after: partnerships.pageInfo.endCursor,
    });
    expect(JSON.parse(Buffer.from(next.partnerships.edges[0].cursor, 'base64url').toString()).slice(1)).toEqual([75, expect.any(Number)]);
  });
});

describe('the other top-level lists have filters too', () => {
  test('organisations: sector, place (within), partnerships they have a role in, role, name', async () => {
    const keys = async (filter: object) => (await t.client.data(FilteredOrganisationsDocument, { filter, first: 100 })).organisations.edges.map((e) => e.node.key);
    expect(await keys({ partnerships: { countries: ['wales'] }, roles: ['LEAD'] })).toEqual(['conwy-social-services', 'pavo']);
    expect(await keys({ sectors: ['PRIVATE'] })).toEqual(['ikea']);
    expect(await keys({ places: { keys: ['powys'] } })).toEqual(['pavo']);
    expect(await keys({ nameContains: 'waterways' })).toEqual(['british-waterways']);
    expect(await keys({ partnerships: { slugs: ['black-country-lead'] }, roles: ['CUSTOMER'] })).toContain('british-waterways');
    expect(await keys({ sectors: ['FUNDER'], not: { places: { keys: ['wales'] } } })).toEqual([]);
    const refused = await t.client.request(FilteredOrganisationsDocument, { filter: { or: [{ sectors: ['PRIVATE'] }, { partnerships: { countries: ['mars'] } }] } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'filter.or[1].partnerships.countries[0]: unknown place "mars"', extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('observations: figures across partnerships by metric, scope, breakdown, value; ordered and paged', async () => {
    const bury = await t.client.data(FilteredObservationsDocument, { filter: { metrics: ['bury-est/starters'], breakdownItem: true }, first: 100 });
    // As an anonymous caller sees them: the small count and the parts it could be worked out from are withheld.
    expect(bury.observations.edges.map((e) => [e.node.breakdownCategory, e.node.value])).toEqual([
      ['Learning Disability', 20], ['Mental Health', 27], ['Physical Disability', null], ['Ethnicity', 5], ['Retention', null], ['Young care leavers', 0],
    ]);
    const context = await t.client.data(FilteredObservationsDocument, { filter: { scopes: ['CONTEXT'], areas: { keys: ['wales'] } }, first: 100 });
    expect(context.observations.edges.map((e) => e.node.statedAs)).toEqual(['56.7%']);
    const top = await t.client.data(FilteredObservationsDocument, {
      filter: { units: ['COUNT'], breakdownItem: false, partnerships: { programmes: ['EQUAL'] } },
      orderBy: { field: 'VALUE', direction: 'DESC' },
      first: 2,
    });
    expect(top.observations.edges.map((e) => [e.node.partnership.slug, e.node.value])).toEqual([['black-country-lead', 350], ['seem', 300]]);
    const rest = await t.client.data(FilteredObservationsDocument, {
      filter: { units: ['COUNT'], breakdownItem: false, partnerships: { programmes: ['EQUAL'] } },
      orderBy: { field: 'VALUE', direction: 'DESC' },
      first: 100,
      after: top.observations.pageInfo.endCursor,
    });
    expect(rest.observations.edges[0].node.value).toBeLessThanOrEqual(300);
    expect(rest.observations.totalCount).toBe(top.observations.totalCount);
  });

  test('places, metrics, source documents, transnational partnerships', async () => {
    const places = await t.client.data(FilteredPlacesDocument, { filter: { within: ['wales'], kinds: ['LOCAL_AUTHORITY'] } });
    expect(places.places.edges.map((e) => e.node.key)).toEqual(['powys', 'conwy']); // hierarchy order: Mid Wales before North Wales
    const named = await t.client.data(FilteredPlacesDocument, { filter: { hasPartnerships: true } });
    expect(named.places.totalCount).toBe(5);
    const metrics = await t.client.data(FilteredMetricsDocument, { filter: { partnerships: { slugs: ['seem'] } } });
    expect(metrics.metrics.edges.map((e) => e.node.key)).toEqual(['seem/people-interested-in-social-enterprise-reached', 'seem/social-enterprises-reached']);
    const reports = await t.client.data(FilteredSourceDocumentsDocument, { filter: { kinds: ['PROGRESS_REPORT'] } });
    expect(reports.sourceDocuments.totalCount).toBe(1);
    const futuro = await t.client.data(FilteredTransnationalPartnershipsDocument, { filter: { partnerships: { slugs: ['bury-est'] } } });
    expect(futuro.transnationalPartnerships.edges.map((e) => e.node.name)).toEqual([expect.stringMatching(/FUTURO/i)]);
  });
});

describe('invalid input: clear errors, code BAD_USER_INPUT', () => {
  const refused = async (variables: FilteredPartnershipsQueryVariables, message: RegExp | string) => {
    const result = await t.client.request(FilteredPartnershipsDocument, variables);
    expect(result.data?.partnerships ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
  };

  test('an unknown enum value', async () => {
    await refused({ filter: { programmes: ['INTERREG' as never] } }, /"INTERREG".*Programme/);
    await refused({ orderBy: [{ field: 'POPULARITY' as never }] }, /"POPULARITY".*PartnershipSortField/);
    // Written into the query text instead of a variable, it fails validation before running, with the same words.
    const inline = await t.client.request<unknown, Record<string, never>>('{ partnerships(filter: { programmes: [INTERREG] }) { totalCount } }');
    expect(inline.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inline.errors?.[0].message).toMatch(/"INTERREG".*Programme/);
  });

  test('a page size over the maximum, or negative', async () => {
    await refused({ first: 101 }, '"first" must be between 0 and 100 (got 101)');
    await refused({ last: -1 }, '"last" must be between 0 and 100 (got -1)');
  });

  test('a malformed cursor, one from another ordering, one with doctored values', async () => {
    await refused({ first: 2, after: 'not a cursor' }, '"after" is not a cursor of this list');
    await refused({ first: 2, after: Buffer.from('[1,2,3]').toString('base64url') }, '"after" is not a cursor of this list');
    const byName = await t.client.data(FilteredPartnershipsDocument, { first: 1 });
    await refused(
      { first: 2, after: byName.partnerships.pageInfo.endCursor, orderBy: [{ field: 'ACTION_3_END_DATE' }] },
      '"after" is a cursor of another list or ordering',
    );
    const [signature] = JSON.parse(Buffer.from(byName.partnerships.pageInfo.endCursor!, 'base64url').toString());
    await refused({ first: 2, after: Buffer.from(JSON.stringify([signature, 'x', 'not a number'])).toString('base64url') }, '"after" is not a cursor of this list');
    await refused({ first: 2, before: Buffer.from(JSON.stringify([signature, null, 1])).toString('base64url') }, '"before" is not a cursor of this list');
  });

  test('unknown codes and keys, located in the filter', async () => {
    await refused({ filter: { places: { keys: ['atlantis'] } } }, 'filter.places.keys[0]: unknown place "atlantis"');
    await refused({ filter: { or: [{ programmes: ['EQUAL'] }, { population: { concepts: ['disability', 'martians'] } }] } }, 'filter.or[1].population.concepts[1]: unknown concept "martians"');
    await refused({ filter: { theme: { concepts: ['ex-offenders'] } } }, 'filter.theme.concepts[0]: "ex-offenders" is a POPULATION concept; this filter takes THEME concepts');
    await refused({ filter: { countries: ['powys'] } }, 'filter.countries[0]: "powys" is a LOCAL_AUTHORITY, not a country or nation');
    await refused({ filter: { organisation: { keys: ['acme'] } } }, 'filter.organisation.keys[0]: unknown organisation "acme"');
    await refused({ filter: { slugs: ['nowhere'] } }, 'filter.slugs[0]: unknown partnership "nowhere"');
    await refused({ orderBy: [{ field: 'INDICATOR_VALUE', metrics: ['no/such-metric'] }] }, 'orderBy[0].metrics[0]: unknown metric "no/such-metric"');
  });

  test('ill-formed filters: wrong dates, empty lists, missing parts, too deep, contradictory orders', async () => {
    await refused({ filter: { activeOn: '2007-13-45' } }, /LocalDate/);
    await refused({ filter: { programmes: [] } }, 'filter.programmes: give at least one value');
    await refused({ filter: { innovation: {} } }, 'filter.innovation: give dimensions, levels or both');
    await refused({ filter: { text: '   ' } }, '"filter.text" is empty');
    const deep: PartnershipFilter = { not: { not: { not: { not: { not: { not: { programmes: ['EQUAL'] } } } } } } };
    await refused({ filter: deep }, /nest at most 5 levels/);
    await refused({ orderBy: [{ field: 'INDICATOR_VALUE' }] }, 'orderBy[0].metrics: INDICATOR_VALUE needs the keys of the metrics to sort by');
    await refused({ orderBy: [{ field: 'NAME', metrics: ['bury-est/starters'] }] }, 'orderBy[0].metrics: metrics go with field INDICATOR_VALUE only');
    await refused({ orderBy: [{ field: 'NAME' }, { field: 'NAME', direction: 'DESC' }] }, 'orderBy[1]: NAME is already in the order');
  });

  test('SQL-looking values are values, not SQL', async () => {
    await refused({ filter: { places: { keys: ["wales' or 1=1 --"] } } }, `unknown place "wales' or 1=1 --"`);
    expect(await slugs({ text: "leavers'); drop table partnership; --" })).toEqual([]);
    expect(await slugs({ text: "leavers' OR '1'='1" })).toEqual(['bury-est', 'conwy']);
    expect(await slugs(null)).toHaveLength(5);
  });
});
