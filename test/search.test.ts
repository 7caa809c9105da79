/**
 * Issue 4, full-text search: every narrative field in a tsvector with a GIN index, ranked hits
 * with highlighted snippets, typed records linked to their partnership and source passage; the
 * index is derived data the importer keeps in step.
 */
import { Role } from '../src/access/roles';
import { readDataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import { SearchIndexService } from '../src/modules/search/search-index.service';
import { FilteredPartnershipsDocument, SearchDocument, type SearchQuery, type SearchQueryVariables } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { expectProvenance } from './support/sources';

type Hit = SearchQuery['search']['edges'][number]['node'];

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const search = async (variables: SearchQueryVariables): Promise<SearchQuery['search']> => (await t.client.data(SearchDocument, variables)).search;
const hits = async (query: string, variables: Omit<SearchQueryVariables, 'query'> = {}): Promise<Hit[]> =>
  (await search({ query, first: 100, ...variables })).edges.map((e) => e.node);
const highlighted = (hit: Hit) => hit.snippetParts.filter((p) => p.highlighted).map((p) => p.text);
const plain = (hit: Hit) => hit.snippetParts.map((p) => p.text).join('');

describe('acceptance: "apprentice"', () => {
  let found: Hit[];
  beforeAll(async () => {
    found = await hits('apprentice');
  });

  test("finds LEAD's Land Apprentice work, with the word highlighted", () => {
    const land = found.filter((h) => h.partnership.slug === 'black-country-lead' && /Land Apprentice/i.test(plain(h)));
    expect(land.map((h) => h.recordType)).toEqual(expect.arrayContaining(['PROJECT', 'ACHIEVEMENT']));
    const project = land.find((h) => h.recordType === 'PROJECT' && h.field === 'NAME')!;
    expect(project.record).toMatchObject({ __typename: 'Project', name: 'Land Apprentice programme' });
    expect(project.snippet).toBe('Land <mark>Apprentice</mark> programme');
    const achievement = land.find((h) => h.recordType === 'ACHIEVEMENT')!;
    expect(achievement.record).toMatchObject({ __typename: 'Achievement', title: 'Moving away from grant dependency' });
    expect(highlighted(achievement).every((w) => /^apprentice$/i.test(w))).toBe(true);
  });

  test("finds British Waterways' adoption of the apprenticeship model (a prefix match), as LEAD's Policy/National innovation", () => {
    const innovation = found.find((h) => h.recordType === 'INNOVATION')!;
    expect(innovation.partnership.slug).toBe('black-country-lead');
    expect(innovation.record).toMatchObject({
      __typename: 'Innovation',
      dimension: 'POLICY',
      level: 'NATIONAL',
      description: 'The apprenticeship model developed by the DP is to be adopted by British Waterways as part of their national recruitment policy.',
    });
    expect(highlighted(innovation)).toEqual(['apprenticeship']);
    expect(innovation.snippet).toContain('The <mark>apprenticeship</mark> model developed by the DP is to be adopted by British Waterways');
  });

  test('each hit links to its partnership and to the source passage it was read from', () => {
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const hit of found) {
      expectProvenance(hit.source);
      if (hit.recordType === 'PROJECT') continue; // a project's passage is where the project is stated, not each field
      // The snippet is cut from the passage (fragments joined by " … "), the matches in it.
      expectProvenance(hit.source, ...highlighted(hit));
      for (const fragment of plain(hit).split(' … ')) expectProvenance(hit.source, fragment.trim());
    }
    expect(new Set(found.map((h) => h.partnership.slug))).toEqual(new Set(['black-country-lead', 'conwy']));
  });

  test('hits are ranked, most relevant first', () => {
    const ranks = found.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[0]).toBeGreaterThan(ranks[ranks.length - 1]);
  });
});

describe('acceptance: "care leavers"', () => {
  test('finds Conwy and Bury passages', async () => {
    const found = await hits('care leavers');
    expect(new Set(found.map((h) => h.partnership.slug))).toEqual(new Set(['conwy', 'bury-est']));
    const bury = found.filter((h) => h.partnership.slug === 'bury-est');
    expect(bury.map((h) => [h.recordType, plain(h)])).toEqual(
      expect.arrayContaining([
        ['TARGET_GROUP', 'young care leavers'],
        ['BENEFICIARY_CATEGORY', 'Young care leavers'],
      ]),
    );
    expect(bury.some((h) => h.recordType === 'PROGRESS_NOTE')).toBe(true);
    const conwy = found.filter((h) => h.partnership.slug === 'conwy');
    expect(conwy.map((h) => plain(h))).toContain('Care Leavers');
    expect(conwy.some((h) => h.recordType === 'OBJECTIVE' || h.recordType === 'PROJECT')).toBe(true);
    for (const hit of found) {
      expect(highlighted(hit).map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['care', 'leavers']));
      expectProvenance(hit.source);
      if (hit.recordType !== 'PROJECT') expectProvenance(hit.source, ...highlighted(hit));
    }
  });
});

describe('query syntax', () => {
  test('"quoted words" must stand together; words alone may be apart', async () => {
    const apart = await hits('young leavers');
    const together = await hits('"young leavers"');
    expect(apart.length).toBeGreaterThan(0);
    expect(together).toEqual([]);
  });

  test('OR accepts either word; -word excludes', async () => {
    const either = await hits('Hidden OR Arcady');
    expect(new Set(either.map((h) => h.partnership.slug))).toEqual(new Set(['powys-equals']));
    const harm = await hits('Hidden Harm');
    const arcady = await hits('Arcady');
    expect(either.length).toBeGreaterThanOrEqual(Math.max(harm.length, arcady.length));
    const withoutBury = await hits('"care leavers" -Bury');
    expect(withoutBury.some((h) => /bury/i.test(plain(h)))).toBe(false);
  });

  test('the snippet is safe to show as HTML: the source text is escaped, matches are in <mark>', async () => {
    const [hit] = (await hits('"Extra Mile"')).filter((h) => h.snippet.includes('Extra'));
    expect(hit.snippet).toContain('&#39;<mark>Extra</mark> <mark>Mile</mark>&#39;');
    expect(plain(hit)).toContain("'Extra Mile'");
  });

  test('people are not searchable: contact names and who said a quote are personal data and not indexed', async () => {
    expect(await hits('Christine Cameron')).toEqual([]);
    expect(await hits('Anthony Walters')).toEqual([]);
  });

  test('the same words filter partnerships (`filter.text`)', async () => {
    const { partnerships } = await t.client.data(FilteredPartnershipsDocument, { filter: { text: 'apprentice' }, first: 10 });
    expect(partnerships.edges.map((e) => e.node.slug)).toEqual(['black-country-lead', 'conwy']);
  });
});

describe('filters and pages', () => {
  test('by partnership filter, record type and field', async () => {
    const wales = await hits('care leavers', { filter: { partnerships: { countries: ['wales'] } } });
    expect(new Set(wales.map((h) => h.partnership.slug))).toEqual(new Set(['conwy']));
    const innovations = await hits('apprentice', { filter: { recordTypes: ['INNOVATION'] } });
    expect(innovations.map((h) => h.record.__typename)).toEqual(['Innovation']);
    const labels = await hits('care leavers', { filter: { fields: ['LABEL'] } });
    expect(labels.map((h) => h.recordType).sort()).toEqual(['BENEFICIARY_CATEGORY', 'TARGET_GROUP', 'TARGET_GROUP', 'TARGET_GROUP']);
  });

  test('cursor pages cover every hit once, in rank order', async () => {
    const all = await search({ query: 'care leavers', first: 100 });
    const paged: string[] = [];
    let after: string | null | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await search({ query: 'care leavers', first: 3, after });
      paged.push(...page.edges.map((e) => e.cursor));
      expect(page.totalCount).toBe(all.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.edges.map((e) => e.cursor));
    expect(new Set(paged).size).toBe(all.totalCount);
  });

  test('invalid input is BAD_USER_INPUT: empty or over-long queries, only exclusions, bad cursors, page size', async () => {
    const refused = async (variables: SearchQueryVariables, message: string) => {
      const result = await t.client.request(SearchDocument, variables);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.errors?.[0].message).toContain(message);
    };
    await refused({ query: '  ' }, '"query" is empty');
    await refused({ query: 'x'.repeat(201) }, '"query" is longer than 200 characters');
    await refused({ query: '-bury' }, 'needs at least one word to look for');
    await refused({ query: 'care', first: 1000 }, '"first" must be between 0 and 100');
    await refused({ query: 'care', after: 'garbage' }, '"after" is not a cursor of this list');
    const partnerships = await t.client.data(FilteredPartnershipsDocument, { first: 1 });
    await refused({ query: 'care', after: partnerships.partnerships.pageInfo.endCursor }, 'is a cursor of another list or ordering');
    await refused({ query: 'care', filter: { partnerships: { countries: ['mars'] } } }, 'unknown place "mars"');
  });
});

describe('the index is derived data the importer keeps in step', () => {
  test('an entry written without a sharing level is hidden from the public and from analysts, not served (the default is OWNER)', async () => {
    const em = t.hub.orm.em.fork();
    const columns = 'record_type, record_id, partnership_id, field, passage_id, text, public_text, partners_text';
    const [original] = await em.execute<Array<Record<string, unknown>>>(
      `select ${columns}, sharing from search_entry where partnership_id = (select id from partnership where slug = 'bury-est') and sharing = 'PUBLIC' order by id limit 1`,
    );
    const where = `record_type = '${original.record_type}' and record_id = ${original.record_id} and field = '${original.field}'`;
    // The same entry written again by something that forgets its sharing level.
    await em.execute(`delete from search_entry where ${where}`);
    await em.execute(
      `insert into search_entry (${columns}) values (?, ?, ?, ?, ?, 'quixotic marker', 'quixotic marker', 'quixotic marker')`,
      [original.record_type, original.record_id, original.partnership_id, original.field, original.passage_id],
    );
    try {
      expect(await hits('quixotic')).toEqual([]);
      const analyst = await t.clientAs(Role.ANALYST);
      expect((await analyst.data(SearchDocument, { query: 'quixotic', first: 10 })).search.edges).toEqual([]);
      const owner = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
      expect((await owner.data(SearchDocument, { query: 'quixotic', first: 10 })).search.edges.map((e) => e.node.partnership.slug)).toEqual(['bury-est']);
    } finally {
      await em.execute(`delete from search_entry where ${where}`);
      await em.execute(`insert into search_entry (${columns}, sharing) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        original.record_type, original.record_id, original.partnership_id, original.field, original.passage_id,
        original.text, original.public_text, original.partners_text, original.sharing,
      ]);
    }
  });

  const seed = readDataSet();
  const entry = seed.partnerships.find((p) => p.file.partnership.slug === 'seem')!;
  const importer = () => new ImportService(t.hub.orm.em.fork());

  test('a re-imported file is re-indexed in the same transaction: new words found, removed ones gone', async () => {
    expect(await hits('Best Value')).not.toEqual([]);
    const file = structuredClone(entry.file);
    file.objectives = file.objectives.map((o) => (o.text.includes('Best Value') ? { ...o, text: 'informing policy through zygomorphic procurement' } : o));
    await importer().importPartnership('seem.json', file, JSON.stringify(file), seed.documentTexts);
    expect((await hits('zygomorphic')).map((h) => [h.partnership.slug, h.recordType])).toEqual([['seem', 'OBJECTIVE']]);
    expect((await hits('Best Value')).filter((h) => h.recordType === 'OBJECTIVE')).toEqual([]);

    await importer().importPartnership('seem.json', entry.file, entry.raw, seed.documentTexts);
    expect(await hits('zygomorphic')).toEqual([]);
    expect((await hits('Best Value')).map((h) => h.recordType)).toContain('OBJECTIVE');
  });

  test('a partnership whose rows are missing or older than the index definition is rebuilt by refreshStale (start, seed)', async () => {
    const before = await hits('apprentice');
    const em = t.hub.orm.em.fork();
    await em.execute(`delete from search_entry where partnership_id = (select id from partnership where slug = 'black-country-lead')`);
    await em.execute(`update search_index_state set version = 0 where partnership_id = (select id from partnership where slug = 'black-country-lead')`);
    expect((await hits('apprentice')).map((h) => h.partnership.slug)).toEqual(['conwy']);
    expect(await new SearchIndexService(t.hub.orm.em.fork()).refreshStale()).toBe(1);
    expect((await hits('apprentice')).map((h) => [h.recordType, h.field, plain(h)])).toEqual(before.map((h) => [h.recordType, h.field, plain(h)]));
    expect(await new SearchIndexService(t.hub.orm.em.fork()).refreshStale()).toBe(0);
  });
});
