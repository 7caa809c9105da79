/**
 * Issue 4, performance: the main filters are served by indexes. On a larger synthetic data set (50
 * partnerships made from the seed files by the importer), the statement the hub actually ran for
 * each filter is EXPLAINed and every scan of the filter's tables must be an index scan, on the
 * index meant for it. The tables are still small enough for the planner to prefer reading them
 * whole, so seq scans are priced out (enable_seqscan = off): what is shown is that an index exists
 * that serves the condition as written, which is what keeps the filters fast as the data grows.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ImportService } from '../src/modules/import/import.service';
import {
  ConceptsDocument,
  FilteredObservationsDocument,
  FilteredPlacesDocument,
  FilteredOrganisationsDocument,
  FilteredPartnershipsDocument,
  SearchDocument,
  type PartnershipFilter,
} from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { syntheticDataSet } from '../scripts/synthetic';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
  await new ImportService(t.hub.orm.em.fork()).importDataSet(syntheticDataSet(45));
  await t.hub.orm.em.fork().execute('analyze');
}, 300_000);
afterAll(() => t?.close());

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/** Runs a request, picks the statement it ran on `table` (the list query), and EXPLAINs it with seq scans priced out. */
async function planOf<R, V>(document: TypedDocumentNode<R, V>, variables: V, table: RegExp): Promise<PlanNode[]> {
  await t.sql.during(() => t.client.data(document, variables));
  const statement = t.sql.executed.find((s) => table.test(s.sql) && / limit /.test(s.sql));
  expect(statement).toBeDefined();
  // Prepared statements number their parameters ($1, $2 ... in order); MikroORM's formatter reads `?`.
  const sql = t.hub.orm.em.getPlatform().formatQuery(statement!.sql.replace(/\$\d+/g, '?'), statement!.params as unknown[]);
  const plan = await t.hub.orm.em.fork().transactional(async (em) => {
    await em.execute('set local enable_seqscan = off');
    const [row] = await em.execute<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(`explain (format json) ${sql}`);
    return row['QUERY PLAN'][0].Plan;
  });
  return flatten(plan);
}

/**
 * The filter's tables are never read whole (every scan of them is an index scan), and the indexes
 * meant for the filter are among those used. Where the planner may pick either of two indexes of a
 * link table (by place or by partnership, depending on what it expects to be fewer), `indexes`
 * names none for it.
 */
function expectIndexed(nodes: PlanNode[], tables: string[], indexes: Array<string | string[]>) {
  const scans = nodes.filter((n) => n['Relation Name'] && tables.includes(n['Relation Name']));
  for (const scan of scans) expect(`${scan['Relation Name']}: ${scan['Node Type']}`).not.toMatch(/Seq Scan/);
  for (const table of tables) expect(scans.map((n) => n['Relation Name'])).toContain(table);
  const used = new Set(nodes.map((n) => n['Index Name']).filter(Boolean));
  // An array: any one of these indexes serves the condition (the planner picks by its estimates).
  for (const index of indexes) {
    const anyOf = Array.isArray(index) ? index : [index];
    expect(anyOf.filter((i) => used.has(i))).not.toEqual([]);
  }
  return [...used].join(', ');
}

const partnerships = (filter: PartnershipFilter) => planOf(FilteredPartnershipsDocument, { filter, first: 20 }, /from "partnership" as "t"/);

const cases: Array<[string, () => Promise<PlanNode[]>, string[], Array<string | string[]>]> = [
  [
    'population concept (with narrower concepts)',
    () => partnerships({ population: { concepts: ['disability'] } }),
    ['target_group_concept', 'beneficiary_category_concept', 'concept'],
    ['target_group_concept_concept_id_partnership_id_index', 'beneficiary_category_concept_concept_id_partnership_id_index'],
  ],
  ['place, places within included', () => partnerships({ places: { keys: ['wales'] } }), ['partnership_place', 'place'], []],
  ['country', () => partnerships({ countries: ['england'] }), ['partnership_place', 'place'], []],
  ['theme (with narrower themes)', () => partnerships({ theme: { concepts: ['entrepreneurship'] } }), ['concept', 'partnership'], ['partnership_theme_concept_id_index']],
  ['innovation dimension and level', () => partnerships({ innovation: { dimensions: ['POLICY'], levels: ['NATIONAL'] } }), ['innovation'], ['innovation_dimension_level_index']],
  [
    'organisation',
    () => partnerships({ organisation: { keys: ['british-waterways'] } }),
    ['membership', 'project_partner'],
    [
      ['membership_organisation_id_index', 'membership_sharing_organisation_id_index'],
      // Either index of project_partner serves: with Conwy's referral partners OWNER, the planner may start from sharing.
      ['project_partner_organisation_id_index', 'project_partner_sharing_organisation_id_index'],
    ],
  ],
  ['programme', () => partnerships({ programmes: ['ESF'] }), ['partnership'], ['partnership_programme_index']],
  ['active on a date', () => partnerships({ activeOn: '2008-01-01' }), ['partnership'], ['partnership_end_date_index']],
  ['free text', () => partnerships({ text: 'apprentice' }), ['search_entry'], []],
  ['search', () => planOf(SearchDocument, { query: 'care leavers', first: 10 }, /from "search_entry" as "t"/), ['search_entry'], ['search_entry_document_index']],
  [
    'organisations by the partnerships they work in',
    () => planOf(FilteredOrganisationsDocument, { filter: { partnerships: { countries: ['wales'] } }, first: 10 }, /from "organisation" as "t"/),
    ['membership', 'partnership_place', 'place'],
    [],
  ],
  [
    'observations by metric',
    () => planOf(FilteredObservationsDocument, { filter: { metrics: ['bury-est/starters'] }, first: 10 }, /from "indicator_observation" as "t"/),
    ['indicator_observation'],
    ['indicator_observation_metric_id_index'],
  ],
  // "Within" on the hierarchies themselves: a prefix match on the path index.
  ['places within a place', () => planOf(FilteredPlacesDocument, { filter: { within: ['wales'] } }, /from "place" as "t"/), ['place'], ['place_path_index']],
  ['concepts within a concept', () => planOf(ConceptsDocument, { filter: { within: ['disability'] }, first: 10 }, /from "concept" as "t"/), ['concept'], ['concept_path_index']],
];

test('the data set is larger than the seed: 50 partnerships', async () => {
  const { partnerships: all } = await t.client.data(FilteredPartnershipsDocument, { first: 1 });
  expect(all.totalCount).toBe(50);
});

test.each(cases)('%s uses its index', async (name, plan, tables, indexes) => {
  const used = expectIndexed(await plan(), tables, indexes);
  console.log(`${name}: ${used}`);
});

test('the results under the plans are right on the larger data set (ten copies of each file)', async () => {
  const { partnerships: wales } = await t.client.data(FilteredPartnershipsDocument, { filter: { countries: ['wales'] }, first: 100 });
  expect(wales.totalCount).toBe(2 * 10);
  const { partnerships: exOffenders } = await t.client.data(FilteredPartnershipsDocument, { filter: { population: { concepts: ['ex-offenders'] } }, first: 100 });
  expect(exOffenders.totalCount).toBe(2 * 10);
});
