/**
 * Issue 13: the dashboard served by the hub, driven in Debian's Chromium (playwright-core) against a seeded hub on
 * a real port. Each page: a filter applied in the page, the chart's data points compared with the API's answer to
 * the same question, Welsh labels, axe-core (no serious or critical violations), no request leaving the hub's
 * origin, a screenshot under test/artifacts.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dashboardDir } from '../src/app-dashboard';
import { Role } from '../src/access/roles';
import { startTestHub, type TestHub } from './support/hub';

const root = path.resolve(__dirname, '..');
const artifacts = path.join(root, 'test', 'artifacts');

/** Newest modification time under a folder (the dashboard's sources), to rebuild only when they changed. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

async function buildDashboardIfStale(): Promise<void> {
  const index = path.join(dashboardDir(), 'index.html');
  let built = 0;
  try {
    built = statSync(index).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(newest(path.join(root, 'dashboard')), statSync(path.join(root, 'client', 'request.ts')).mtimeMs);
  if (built > sources) return;
  await promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'dashboard/vite.config.mts'], { cwd: root });
}

let t: TestHub;
let browser: Browser;
let ownerKey: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // Threshold 10: Bury's "9 in employment" becomes a small count, withheld from everyone but Bury's editors.
  [t] = await Promise.all([startTestHub({ smallCountThreshold: 10 }), buildDashboardIfStale()]);
  ownerKey = await t.createKey(Role.PARTNERSHIP_EDITOR, ['bury-est']);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

interface Opened {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Milliseconds from navigation to the page's data shown (its `ready` flag). */
  ms: number;
}

/** Waits until the page has shown its data; a page that shows an error instead fails the test with it. */
async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction('window.dashboardTest && window.dashboardTest.ready === true');
  const alert = page.locator('main [role=alert]');
  if (await alert.count()) throw new Error(`The page shows an error: ${await alert.textContent()}`);
}

/** Opens a dashboard path in a fresh context (own sessionStorage), with an API key when given. */
async function open(pathname: string, options: { key?: string; lang?: 'en' | 'cy' } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.key || options.lang) {
    await page.addInitScript(
      ([key, lang]) => {
        const storage = (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage;
        if (key) storage.setItem('dashboard.apiKey', key);
        if (lang) storage.setItem('dashboard.lang', lang);
      },
      [options.key ?? '', options.lang ?? ''] as const,
    );
  }
  const started = Date.now();
  await page.goto(`${t.origin}${pathname}`);
  await waitReady(page);
  const ms = Date.now() - started;
  expect(errors).toEqual([]);
  return { page, requests, ms };
}

/** The chart's categories and series as ECharts holds them (window.dashboardTest.chartData). */
interface ChartData {
  x: unknown[] | null;
  y: unknown[] | null;
  series: Array<{ name: string | null; data: unknown[]; references: Array<{ name: string; value: number }> }>;
}
const chartData = (page: Page, id: string) => page.evaluate(`window.dashboardTest.chartData(${JSON.stringify(id)})`) as Promise<ChartData | null>;

/** A table's body rows as text, cell by cell. */
const tableRows = (page: Page, selector: string) => page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((r) => Array.from((r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (c) => (c.textContent ?? '').trim())));

async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`)) as Array<{ id: string; impact: string; nodes: string[] }>;
  expect({ page: name, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ page: name, violations: [] });
}

function expectSameOrigin(opened: Opened): void {
  expect(opened.requests.length).toBeGreaterThan(0);
  expect(opened.requests.filter((url) => new URL(url).origin !== t.origin && !url.startsWith('data:'))).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `dashboard-${name}.png`), fullPage: true });
}

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return t.client.data<T, Record<string, unknown>>(query, variables);
}

describe('dashboard: partnerships page', () => {
  test('/dashboard is served by the hub, other /dashboard/* paths get the page, unknown API paths keep their JSON 404', async () => {
    const redirect = await fetch(`${t.origin}/dashboard`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/dashboard/');
    const deep = await fetch(`${t.origin}/dashboard/partnership/bury-est`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toMatch(/text\/html/);
    expect(await deep.text()).toContain('<main id="main"');
    const missingAsset = await fetch(`${t.origin}/dashboard/assets/missing.js`);
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.headers.get('content-type')).toMatch(/json/);
    const unknown = await fetch(`${t.origin}/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  test('the table and the count charts follow a filter applied in the page and equal the API answer; Welsh labels; accessible; same origin', async () => {
    const opened = await open('/dashboard/');
    const { page } = opened;
    console.log(`time to interactive, partnerships page: ${opened.ms} ms`);
    const all = await api<{ partnerships: { totalCount: number } }>('{ partnerships { totalCount } }');
    expect(await page.locator('#total').textContent()).toBe(`${all.partnerships.totalCount} partnership(s)`);

    // Filter in the page: places within Wales.
    await page.getByLabel(/Place \(incl/).selectOption('wales');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/place=wales/);
    await waitReady(page);
    const filter = { places: { keys: ['wales'] } };
    const expected = await api<{
      partnerships: { totalCount: number; edges: Array<{ node: { name: string } }> };
      partnershipCounts: { byPlace: Array<{ count: number; place: { name: string } }>; byProgramme: Array<{ count: number; programme: string; concept: { prefLabel: string } | null }>; byTheme: Array<{ count: number; theme: { prefLabel: string } | null }> };
    }>(
      `query ($filter: PartnershipFilter) {
        partnerships(filter: $filter, first: 20) { totalCount edges { node { name } } }
        partnershipCounts(filter: $filter) { byPlace { count place { name } } byProgramme { count programme concept { prefLabel } } byTheme { count theme { prefLabel } } }
      }`,
      { filter },
    );
    expect(expected.partnerships.totalCount).toBeGreaterThan(0);
    expect(expected.partnerships.totalCount).toBeLessThan(all.partnerships.totalCount);
    expect((await tableRows(page, '#partnerships-table')).map((r) => r[0])).toEqual(expected.partnerships.edges.map((e) => e.node.name));
    const byPlace = await chartData(page, 'chart-by-place');
    expect(byPlace!.y).toEqual(expected.partnershipCounts.byPlace.map((c) => c.place.name));
    expect(byPlace!.series[0]!.data).toEqual(expected.partnershipCounts.byPlace.map((c) => c.count));
    const byProgramme = await chartData(page, 'chart-by-programme');
    expect(byProgramme!.series[0]!.data).toEqual(expected.partnershipCounts.byProgramme.map((c) => c.count));
    const byTheme = await chartData(page, 'chart-by-theme');
    expect(byTheme!.y).toEqual(expected.partnershipCounts.byTheme.map((c) => c.theme?.prefLabel ?? '(no theme)'));
    expect(byTheme!.series[0]!.data).toEqual(expected.partnershipCounts.byTheme.map((c) => c.count));
    // The table alternative says the same.
    expect(await tableRows(page, '#table-by-place')).toEqual(expected.partnershipCounts.byPlace.map((c) => [c.place.name, String(c.count)]));
    await screenshot(page, 'partnerships');
    await expectAccessible(page, 'partnerships');

    // Welsh: the theme labels the API has in Welsh.
    await page.getByLabel('Language / Iaith').selectOption('cy');
    await waitReady(page);
    const cy = await api<{ partnershipCounts: { byTheme: Array<{ theme: { prefLabel: string } | null }> } }>(
      `query ($filter: PartnershipFilter) { partnershipCounts(filter: $filter) { byTheme { theme { prefLabel(lang: "cy") } } } }`,
      { filter },
    );
    const welshThemes = cy.partnershipCounts.byTheme.map((c) => c.theme?.prefLabel ?? '(no theme)');
    expect(welshThemes).not.toEqual(byTheme!.y);
    expect((await chartData(page, 'chart-by-theme'))!.y).toEqual(welshThemes);
    expect(await page.locator('h1').textContent()).toBe('Partneriaethau');
    await screenshot(page, 'partnerships-cy');
    await expectAccessible(page, 'partnerships (Welsh)');
    expectSameOrigin(opened);
  });

  test('sorting and cursor paging go through the API: the next and previous pages follow the order asked', async () => {
    const { page } = await open('/dashboard/?sort=NAME&dir=DESC&size=2');
    const expected = await api<{ partnerships: { edges: Array<{ node: { name: string } }> } }>('{ partnerships(first: 100, orderBy: [{ field: NAME, direction: DESC }]) { edges { node { name } } } }');
    const names = expected.partnerships.edges.map((e) => e.node.name);
    expect(names.length).toBeGreaterThan(3);
    const shown = async () => (await tableRows(page, '#partnerships-table')).map((r) => r[0]);
    expect(await shown()).toEqual(names.slice(0, 2));
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/after=/);
    await waitReady(page);
    expect(await shown()).toEqual(names.slice(2, 4));
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL(/before=/);
    await waitReady(page);
    expect(await shown()).toEqual(names.slice(0, 2));
  });

  test('keyboard only: the skip link reaches the content, Tab reaches a partnership link and Enter opens its page', async () => {
    const { page } = await open('/dashboard/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    const first = (await tableRows(page, '#partnerships-table'))[0]![0]!;
    // Tab until the first partnership link has focus (the filter form's fields come first).
    for (let i = 0; i < 40 && (await page.evaluate('document.activeElement.textContent')) !== first; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dashboard\/partnership\//);
    await waitReady(page);
    expect(await page.locator('h1').textContent()).toBe(first);
  });
});

interface FigureAnswer {
  id: string;
  key: string;
  value: number | null;
  statedAs: string | null;
  suppressed: boolean;
  source: { quote: string };
  breakdown: Array<{ value: number | null; suppressed: boolean; breakdownCategory: string | null }>;
}
const FIGURES = `query ($slug: String!) { partnership(slug: $slug) { observations { id key value statedAs suppressed source { quote } breakdown { value suppressed breakdownCategory } } } }`;

describe('dashboard: partnership page', () => {
  test('figures as stated with provenance on expand, breakdowns as bars equal to the API, withheld figures withheld for anonymous and shown to the owner; Welsh; accessible', async () => {
    const anonymous = (await api<{ partnership: { observations: FigureAnswer[] } }>(FIGURES, { slug: 'bury-est' })).partnership.observations;
    const withheld = anonymous.filter((o) => o.suppressed);
    expect(withheld.length).toBeGreaterThan(0);

    const opened = await open('/dashboard/partnership/bury-est');
    const { page } = opened;
    console.log(`time to interactive, partnership page (bury-est): ${opened.ms} ms`);
    // Every figure is listed; withheld ones say so (never a 0), the others show the source's wording.
    for (const o of anonymous) {
      const item = page.locator(`li[data-id="${o.id}"]`);
      if (o.suppressed) {
        expect(await item.locator(':scope > .withheld').count()).toBe(1);
        expect(await item.locator(':scope > .figure').count()).toBe(0);
      } else {
        expect(await item.locator(':scope > .figure strong').textContent()).toBe(o.statedAs);
      }
    }
    // Provenance: the verbatim quote opens from its <details>.
    const first = anonymous.find((o) => !o.suppressed)!;
    const details = page.locator(`li[data-id="${first.id}"] > details.provenance`);
    expect(await details.locator('blockquote').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('blockquote').isVisible()).toBe(true);
    expect(await details.locator('blockquote').textContent()).toBe(first.source.quote);

    // Breakdowns: one bar per group, the API's values; a withheld group is a gap, not 0.
    const withBreakdown = anonymous.map((o, index) => ({ o, index })).filter(({ o }) => o.breakdown.length > 0);
    expect(withBreakdown.length).toBeGreaterThan(0);
    for (const { o, index } of withBreakdown) {
      const chart = await chartData(page, `chart-breakdown-${index}`);
      expect(chart!.y).toEqual(o.breakdown.map((b) => b.breakdownCategory));
      expect(chart!.series[0]!.data).toEqual(o.breakdown.map((b) => (b.suppressed ? null : b.value)));
    }
    await screenshot(page, 'partnership');
    await expectAccessible(page, 'partnership');
    expectSameOrigin(opened);

    // The owner (Bury's editor, key in the page's API key field) sees the withheld figures' values.
    await page.getByLabel('API key').fill(ownerKey);
    await page.getByRole('button', { name: 'Use key' }).click();
    await waitReady(page);
    expect(await page.evaluate('sessionStorage.getItem("dashboard.apiKey")')).toBe(ownerKey);
    const owned = (await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']).then((c) => c.data<{ partnership: { observations: FigureAnswer[] } }, Record<string, unknown>>(FIGURES, { slug: 'bury-est' }))).partnership.observations;
    for (const o of withheld) {
      const mine = owned.find((x) => x.id === o.id)!;
      expect(mine.suppressed).toBe(false);
      const item = page.locator(`li[data-id="${o.id}"]`);
      expect(await item.locator(':scope > .withheld').count()).toBe(0);
      expect(await item.locator(':scope > .figure').getAttribute('data-value')).toBe(String(mine.value));
      expect(await item.locator(':scope > .figure strong').textContent()).toBe(mine.statedAs);
    }
    await screenshot(page, 'partnership-owner');

    // Welsh: the programme's label as the API has it in Welsh.
    const cy = await api<{ partnership: { programmeConcept: { prefLabel: string } | null } }>('{ partnership(slug: "bury-est") { programmeConcept { prefLabel(lang: "cy") } } }');
    await page.getByLabel('Language / Iaith').selectOption('cy');
    await waitReady(page);
    expect(await page.locator('table.summary tbody tr').first().locator('td').textContent()).toBe(cy.partnership.programmeConcept!.prefLabel);
    // The page's own words too.
    expect(await page.locator('#h-figures').textContent()).toBe('Ffigurau');
    expect(await page.locator('details.provenance summary').first().textContent()).toMatch(/^Ffynhonnell: /);
    await screenshot(page, 'partnership-cy');
    await expectAccessible(page, 'partnership (Welsh)');
    expectSameOrigin(opened);
  });
});

describe('dashboard: comparison page', () => {
  interface ComparisonAnswer {
    comparison: {
      indicators: Array<{ code: string; label: string }>;
      rows: Array<{ partnership: { slug: string; name: string }; cells: Array<{ status: string; value: number | null; reason: string | null; observation: { comparator: { value: number | null } | null } | null }> }>;
    };
  }
  const COMPARISON = `query ($indicators: [String!]!, $lang: LanguageCode!) { comparison(indicators: $indicators) { indicators { code label(lang: $lang) } rows { partnership { slug name } cells { status value reason observation { comparator { value } } } } } }`;

  test('indicators x partnerships as the API compares them: bars with comparators as reference lines, not reported with why, withheld as withheld; the series as a line with its benchmark', async () => {
    const opened = await open('/dashboard/comparison');
    const { page } = opened;
    // Filter in the page: drop an indicator.
    await page.getByRole('checkbox', { name: /^ ?Participants$|participants/i }).first().uncheck();
    const chosen = await page.locator('input[name=indicator]:checked').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/indicators=/);
    await waitReady(page);
    expect(chosen).toContain('esf.cr04');
    const { comparison } = await api<ComparisonAnswer>(COMPARISON, { indicators: chosen, lang: 'en' });
    expect(comparison.indicators.map((i) => i.code)).toEqual(chosen);

    for (const [index, indicator] of comparison.indicators.entries()) {
      const chart = await chartData(page, `chart-indicator-${index}`);
      const cells = comparison.rows.map((r) => r.cells[index]!);
      expect(chart!.x).toEqual(comparison.rows.map((r) => r.partnership.name));
      expect({ indicator: indicator.code, data: chart!.series[0]!.data }).toEqual({ indicator: indicator.code, data: cells.map((c) => (c.status === 'REPORTED' || c.status === 'DERIVED' ? c.value : null)) });
      const comparators = [...new Set(cells.map((c) => c.observation?.comparator?.value).filter((v): v is number => v != null))];
      expect(chart!.series[0]!.references.map((r) => r.value)).toEqual(comparators);
    }
    // The Welsh average 56.7% is drawn against Conwy's care leavers.
    const careLeavers = comparison.indicators.findIndex((i) => i.code === 'hub.care-leavers-eet-at-19');
    expect((await chartData(page, `chart-indicator-${careLeavers}`))!.series[0]!.references.map((r) => r.value)).toContain(56.7);

    // Every cell says what the API says; not reported with its reason; Bury's small count withheld.
    for (const row of comparison.rows) {
      for (const [index, cell] of row.cells.entries()) {
        const el = page.locator(`[data-cell="${row.partnership.slug}:${comparison.indicators[index]!.code}"]`);
        expect(await el.getAttribute('data-status')).toBe(cell.status);
        if (cell.status === 'NOT_REPORTED') expect(await el.textContent()).toBe(`not reported${cell.reason ? `: ${cell.reason}` : ''}`);
        if (cell.status === 'SUPPRESSED') expect(await el.locator('.withheld').count()).toBe(1);
      }
    }
    const buryEmployed = page.locator('[data-cell="bury-est:esf.cr04"]');
    expect(await buryEmployed.getAttribute('data-status')).toBe('SUPPRESSED');
    expect(await buryEmployed.textContent()).not.toContain('9');

    // The series: Conwy 50% -> 75%, the Welsh average as a reference line.
    const series = await api<{ series: { points: Array<{ value: number | null; observation: { period: { label: string } | null } }>; benchmarks: Array<{ value: number | null }> } }>(
      '{ series(partnership: "conwy", metric: "conwy/care-leavers-eet-at-19") { points { value observation { period { label } } } benchmarks { value } } }',
    );
    const line = await chartData(page, 'chart-series');
    expect(line!.x).toEqual(series.series.points.map((p) => p.observation.period?.label));
    expect(line!.series[0]!.data).toEqual(series.series.points.map((p) => p.value));
    expect(line!.series[0]!.references.map((r) => r.value)).toEqual(series.series.benchmarks.map((b) => b.value));
    await screenshot(page, 'comparison');
    await expectAccessible(page, 'comparison');

    // Welsh: the indicators' Welsh labels head the table.
    await page.getByLabel('Language / Iaith').selectOption('cy');
    await waitReady(page);
    const cy = await api<ComparisonAnswer>(COMPARISON, { indicators: chosen, lang: 'cy' });
    const headers = await page.locator('#comparison-table thead th').allTextContents();
    expect(headers.slice(1)).toEqual(cy.comparison.indicators.map((i) => i.label));
    expect(headers.slice(1)).not.toEqual(comparison.indicators.map((i) => i.label));
    await screenshot(page, 'comparison-cy');
    await expectAccessible(page, 'comparison (Welsh)');
    expectSameOrigin(opened);

    // The owner sees Bury's withheld count.
    // ... on a comparison narrowed to two partnerships, which the table then holds alone.
    const owner = await open(`/dashboard/comparison?indicators=esf.cr04&partnerships=bury-est,conwy`, { key: ownerKey });
    const two = await api<ComparisonAnswer>(COMPARISON.replace('comparison(indicators: $indicators)', 'comparison(indicators: $indicators, partnerships: ["bury-est", "conwy"])'), { indicators: ['esf.cr04'], lang: 'en' });
    expect((await tableRows(owner.page, '#comparison-table')).map((r) => r[0])).toEqual(two.comparison.rows.map((r) => r.partnership.name));
    expect(two.comparison.rows).toHaveLength(2);
    const mine = owner.page.locator('[data-cell="bury-est:esf.cr04"]');
    expect(await mine.getAttribute('data-status')).toBe('REPORTED');
    expect(await mine.locator('.figure').getAttribute('data-value')).toBe('9');
    await screenshot(owner.page, 'comparison-owner');
    expectSameOrigin(owner);
  });
});

describe('dashboard: search page', () => {
  test('hits as the API ranks them with the matched words marked; a hit opens its record on the partnership page; Welsh; accessible', async () => {
    const opened = await open('/dashboard/search');
    const { page } = opened;
    await page.getByRole('searchbox', { name: 'Search' }).fill('apprentice');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=apprentice/);
    await waitReady(page);
    const { search } = await api<{ search: { totalCount: number; edges: Array<{ node: { partnership: { slug: string; name: string }; snippetParts: Array<{ text: string; highlighted: boolean }>; recordType: string; record: { id?: string } } }> } }>(
      '{ search(query: "apprentice", first: 20) { totalCount edges { node { recordType partnership { slug name } snippetParts { text highlighted } record { ... on Node { id } } } } } }',
    );
    expect(search.totalCount).toBeGreaterThan(0);
    expect(await page.locator('#hit-count').textContent()).toBe(`${search.totalCount} hit(s)`);
    const hits = page.locator('#hits > li');
    expect(await hits.count()).toBe(search.edges.length);
    for (const [i, { node }] of search.edges.entries()) {
      const hit = hits.nth(i);
      expect(await hit.locator('.snippet').textContent()).toBe(node.snippetParts.map((p) => p.text).join(''));
      expect(await hit.locator('.snippet mark').allTextContents()).toEqual(node.snippetParts.filter((p) => p.highlighted).map((p) => p.text));
      expect(await hit.locator('a.hit').getAttribute('href')).toBe(`/dashboard/partnership/${node.partnership.slug}${node.record.id ? `#rec-${encodeURIComponent(node.record.id)}` : ''}`);
    }
    await screenshot(page, 'search');
    await expectAccessible(page, 'search');

    // Following a hit on a listed record (not the partnership's own narrative) lands on that record, focused.
    const listed = search.edges.findIndex((e) => e.node.record.id && e.node.recordType !== 'PARTNERSHIP');
    expect(listed).toBeGreaterThanOrEqual(0);
    await hits.nth(listed).locator('a.hit').click();
    await page.waitForURL(/\/dashboard\/partnership\//);
    await waitReady(page);
    const id = search.edges[listed]!.node.record.id!;
    expect(await page.evaluate('document.activeElement && document.activeElement.getAttribute("data-id")')).toBe(id);
    await screenshot(page, 'search-hit');
    await page.goBack();
    await waitReady(page);

    await page.getByLabel('Language / Iaith').selectOption('cy');
    await waitReady(page);
    expect(await page.locator('h1').textContent()).toBe('Chwilio');
    await expectAccessible(page, 'search (Welsh)');
    expectSameOrigin(opened);
  });
});

describe('dashboard: innovation matrix and population coverage', () => {
  const DIMENSIONS = ['PROCESS', 'PRACTICE', 'PRODUCT', 'POLICY'];
  const LEVELS = ['CITY', 'LOCAL', 'REGIONAL', 'NATIONAL', 'EUROPEAN'];

  test('the heat map holds the API matrix of the filtered partnerships; each cell lists its innovations; accessible', async () => {
    const opened = await open('/dashboard/innovations');
    const { page } = opened;
    await page.getByLabel('Programme').selectOption('EQUAL');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/programme=EQUAL/);
    await waitReady(page);
    const { innovationMatrix } = await api<{ innovationMatrix: { total: number; cells: Array<{ dimension: string; level: string; count: number; innovations: Array<{ description: string }> }> } }>(
      '{ innovationMatrix(filter: { programmes: [EQUAL] }) { total cells { dimension level count innovations { description } } } }',
    );
    const all = await api<{ innovationMatrix: { total: number } }>('{ innovationMatrix { total } }');
    expect(innovationMatrix.total).toBeGreaterThan(0);
    expect(innovationMatrix.total).toBeLessThanOrEqual(all.innovationMatrix.total);
    const chart = await chartData(page, 'chart-innovations');
    expect(chart!.x).toEqual(LEVELS);
    expect(chart!.y).toEqual(DIMENSIONS);
    const expected = DIMENSIONS.flatMap((d, y) => LEVELS.map((l, x) => [x, y, innovationMatrix.cells.find((c) => c.dimension === d && c.level === l)?.count ?? 0]));
    expect(chart!.series[0]!.data).toEqual(expected);
    const filled = innovationMatrix.cells.find((c) => c.count > 0)!;
    const cell = page.locator(`[data-cell="${filled.dimension}:${filled.level}"]`);
    await cell.locator('summary').click();
    const listed = await cell.locator('li').allTextContents();
    expect(listed.map((text) => text.slice(text.indexOf(': ') + 2))).toEqual(filled.innovations.map((i) => i.description));
    await screenshot(page, 'innovations');
    await expectAccessible(page, 'innovations');
    expectSameOrigin(opened);
  });

  test('population coverage: the chart holds the API counts of the filtered partnerships, narrower groups sit under broader ones; Welsh labels; accessible', async () => {
    const opened = await open('/dashboard/population');
    const { page } = opened;
    await page.getByLabel(/Place \(incl/).selectOption('england');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/place=england/);
    await waitReady(page);
    const COVERAGE = 'query ($lang: LanguageCode!) { populationCoverage(filter: { places: { keys: ["england"] } }) { partnershipCount concept { code prefLabel(lang: $lang) broader { code } } } }';
    type Coverage = { populationCoverage: Array<{ partnershipCount: number; concept: { code: string; prefLabel: string; broader: { code: string } | null } }> };
    const { populationCoverage } = await api<Coverage>(COVERAGE, { lang: 'en' });
    expect(populationCoverage.length).toBeGreaterThan(0);
    const chart = await chartData(page, 'chart-population');
    expect(chart!.y).toEqual(populationCoverage.map((c) => c.concept.prefLabel));
    expect(chart!.series[0]!.data).toEqual(populationCoverage.map((c) => c.partnershipCount));
    // Narrower under broader: a listed concept whose broader one is listed sits inside that one's item.
    const codes = new Set(populationCoverage.map((c) => c.concept.code));
    const nested = populationCoverage.filter((c) => c.concept.broader && codes.has(c.concept.broader.code));
    expect(nested.length).toBeGreaterThan(0);
    for (const c of nested) {
      expect(await page.locator(`li[data-concept="${c.concept.broader!.code}"] li[data-concept="${c.concept.code}"]`).count()).toBe(1);
    }
    await screenshot(page, 'population');
    await expectAccessible(page, 'population');

    await page.getByLabel('Language / Iaith').selectOption('cy');
    await waitReady(page);
    const cy = await api<Coverage>(COVERAGE, { lang: 'cy' });
    expect((await chartData(page, 'chart-population'))!.y).toEqual(cy.populationCoverage.map((c) => c.concept.prefLabel));
    expect(cy.populationCoverage.map((c) => c.concept.prefLabel)).not.toEqual(populationCoverage.map((c) => c.concept.prefLabel));
    await screenshot(page, 'population-cy');
    await expectAccessible(page, 'population (Welsh)');
    expectSameOrigin(opened);
  });
});

describe('dashboard: export downloads', () => {
  test('the CSV and SDMX-CSV downloads are the hub exports the caller may see: anonymous without the withheld figures, the owner with them', async () => {
    const read = async (page: Page, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const file = await download.path();
      return { name: download.suggestedFilename(), text: readFile(file, 'utf8') };
    };
    const direct = async (pathname: string, key?: string) => (await fetch(`${t.origin}${pathname}`, { headers: key ? { authorization: `Bearer ${key}` } : {} })).text();

    const anonymous = await open('/dashboard/comparison?indicators=esf.cr04');
    const csv = await read(anonymous.page, 'Observations (CSV)');
    expect(csv.name).toBe('observations.csv');
    const anonymousCsv = await csv.text;
    expect(anonymousCsv).toBe(await direct('/export/observations.csv'));
    const sdmx = await read(anonymous.page, 'Observations (SDMX-CSV)');
    expect(sdmx.name).toBe('observations.sdmx.csv');
    expect(await sdmx.text).toBe(await direct('/export/observations.sdmx.csv'));
    expectSameOrigin(anonymous);

    const owner = await open('/dashboard/comparison?indicators=esf.cr04', { key: ownerKey });
    const ownerCsv = await (await read(owner.page, 'Observations (CSV)')).text;
    expect(ownerCsv).toBe(await direct('/export/observations.csv', ownerKey));
    // The owner's export holds Bury's withheld figures, the anonymous one does not.
    expect(ownerCsv).not.toBe(anonymousCsv);
    expectSameOrigin(owner);
  });
});
