/** Comparison: indicators x partnerships, comparators as reference lines, and one metric over time as a line. */
import { query } from '../api';
import { barsWithReferences, lineChart } from '../charts';
import { h, provenance, table } from '../dom';
import { figure, formatValue } from '../figures';
import { DashboardComparisonDocument, type DashboardComparisonQuery } from '../generated/graphql';
import { lang, placeName, t } from '../i18n';
import { navigate } from '../main';
import { exportLinks } from './exports';

const DEFAULT_INDICATORS = ['esf.participants', 'esf.cr04', 'hub.employment-rate', 'hub.care-leavers-eet-at-19'];
const DEFAULT_SERIES = 'conwy|conwy/care-leavers-eet-at-19';

type Cell = DashboardComparisonQuery['comparison']['rows'][number]['cells'][number];

function cellContent(cell: Cell): Node {
  switch (cell.status) {
    case 'REPORTED':
    case 'DERIVED':
      return h(
        'span',
        {},
        figure({ value: cell.value, qualifier: cell.qualifier ?? 'EXACT', statedAs: cell.observation?.statedAs ?? null, suppressed: false, unit: cell.unit }),
        cell.status === 'DERIVED' ? h('small', {}, ' (derived)') : '',
        cell.observation ? provenance(cell.observation.source) : '',
      );
    case 'SUPPRESSED':
      return figure({ value: null, qualifier: 'EXACT', statedAs: null, suppressed: true, suppressionReason: cell.suppressionReason });
    case 'NOT_REPORTED':
      return h('span', { class: 'not-reported' }, `${t('notReported')}${cell.reason ? `: ${cell.reason}` : ''}`);
  }
}

/** Comparators of the reported figures ("Welsh average 56.7%"), once each. */
function references(cells: Cell[]): Array<{ name: string; value: number }> {
  const seen = new Map<string, { name: string; value: number }>();
  for (const cell of cells) {
    const c = cell.observation?.comparator;
    if (c?.value == null) continue;
    const name = c.area ? placeName(c.area) : c.subject ?? 'comparator';
    seen.set(`${name}:${c.value}`, { name, value: c.value });
  }
  return [...seen.values()];
}

export async function comparisonPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const chosen = (params.get('indicators') ?? DEFAULT_INDICATORS.join(',')).split(',').filter(Boolean);
  const [seriesPartnership, seriesMetric] = (params.get('series') ?? DEFAULT_SERIES).split('|') as [string, string];
  // All partnerships by default; a list of slugs keeps the table and charts readable on a large hub.
  const slugs = (params.get('partnerships') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const data = await query(DashboardComparisonDocument, { indicators: chosen, partnerships: slugs.length ? slugs : undefined, lang: lang(), seriesPartnership, seriesMetric });
  const { comparison, series } = data;

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Indicators' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Indicators'),
      data.indicators.map((i) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'indicator', value: i.code, checked: chosen.includes(i.code) }), ` ${i.label}`)),
    ),
    h('label', {}, 'Partnerships (slugs, comma-separated; all when empty)', h('input', { type: 'text', name: 'partnerships', value: slugs.join(',') })),
    h(
      'label',
      {},
      'Series',
      h(
        'select',
        { name: 'series' },
        data.metrics.edges.filter((e) => e.node.definedBy).map((e) => {
          const value = `${e.node.definedBy!.slug}|${e.node.key}`;
          return h('option', { value, selected: value === `${seriesPartnership}|${seriesMetric}` }, `${e.node.definedBy!.name}: ${e.node.label}`);
        }),
      ),
    ),
    h('button', { type: 'submit' }, t('apply')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const fd = new FormData(form);
    const next = new URLSearchParams();
    next.set('indicators', fd.getAll('indicator').map(String).join(','));
    next.set('series', String(fd.get('series')));
    const partnerships = String(fd.get('partnerships') ?? '').trim();
    if (partnerships) next.set('partnerships', partnerships);
    navigate(`/dashboard/comparison?${next}`);
  });

  const headers = ['', ...comparison.indicators.map((i) => i.label)];
  const rows = comparison.rows.map((row) => [
    h('a', { href: `/dashboard/partnership/${encodeURIComponent(row.partnership.slug)}` }, row.partnership.name),
    ...row.cells.map((cell) => h('span', { 'data-cell': `${row.partnership.slug}:${cell.indicator.code}`, 'data-status': cell.status }, cellContent(cell))),
  ]);

  const charts = comparison.indicators.map((indicator, index) => {
    const el = h('div', { class: 'chart', id: `chart-indicator-${index}`, 'data-indicator': indicator.code });
    return { indicator, index, el };
  });
  const seriesChart = h('div', { class: 'chart', id: 'chart-series' });
  const seriesRows = series.points.map((p) => [
    p.observation.period?.label ?? '',
    figure({ value: p.value, qualifier: 'EXACT', statedAs: p.observation.statedAs, suppressed: p.value === null && p.suppressionReason !== null, suppressionReason: p.suppressionReason, unit: series.metric.unit }),
    p.change === null ? '' : `${p.change > 0 ? '+' : ''}${formatValue(p.change)} ${series.changeUnit}`,
  ]);

  main.replaceChildren(
    h('h1', {}, t('comparison')),
    form,
    table(`${t('comparison')}: ${comparison.indicators.map((i) => i.label).join(', ')}`, headers, rows, { id: 'comparison-table' }),
    ...charts.map(({ indicator, el }) => h('section', { 'aria-label': indicator.label }, h('h2', {}, indicator.label), el)),
    h('section', { 'aria-labelledby': 'h-series' }, h('h2', { id: 'h-series' }, `${series.partnership.name}: ${series.metric.label}`), seriesChart, table(series.metric.label, ['Period', 'Value', 'Change'], seriesRows, { id: 'series-table' }), series.benchmarks.length ? h('p', {}, `Benchmarks: ${series.benchmarks.map((b) => `${b.area ? placeName(b.area) : b.subject ?? ''} ${b.statedAs ?? formatValue(b.value, series.metric.unit)}`).join('; ')}`) : ''),
    exportLinks(),
  );
  for (const { indicator, index, el } of charts) {
    const cells = comparison.rows.map((row) => row.cells[index]!);
    // Not reported and withheld are gaps (null), never bars of 0; the table says which and why.
    barsWithReferences(el, comparison.rows.map((r) => r.partnership.name), cells.map((c) => (c.status === 'REPORTED' || c.status === 'DERIVED' ? c.value : null)), references(cells), `${indicator.label}: see the comparison table`);
  }
  lineChart(
    seriesChart,
    series.points.map((p) => p.observation.period?.label ?? ''),
    [{ name: series.metric.label, data: series.points.map((p) => p.value), references: series.benchmarks.filter((b) => b.value !== null).map((b) => ({ name: b.area ? placeName(b.area) : b.subject ?? 'benchmark', value: b.value! })) }],
    `${series.partnership.name}: ${series.metric.label}, see the table below`,
  );
}
