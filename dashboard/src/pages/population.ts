/** Population coverage: each population group with the partnerships working with it, narrower groups under broader. */
import { query } from '../api';
import { barChart } from '../charts';
import { h } from '../dom';
import { DashboardPopulationCoverageDocument, type DashboardPopulationCoverageQuery } from '../generated/graphql';
import { lang, t } from '../i18n';
import { filterFromParams } from './filters';
import { smallFilterForm } from './small-filter';

type Coverage = DashboardPopulationCoverageQuery['populationCoverage'][number];

export async function populationPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const data = await query(DashboardPopulationCoverageDocument, { filter: filterFromParams(params), lang: lang() });
  const coverage = data.populationCoverage;
  const byCode = new Map(coverage.map((c) => [c.concept.code, c]));
  const children = new Map<string, Coverage[]>();
  const roots: Coverage[] = [];
  for (const c of coverage) {
    const parent = c.concept.broader?.code;
    // A concept whose broader one is not listed (no partnership works with it) stands at the top.
    if (parent && byCode.has(parent)) children.set(parent, [...(children.get(parent) ?? []), c]);
    else roots.push(c);
  }
  const tree = (items: Coverage[]): HTMLElement =>
    h(
      'ul',
      {},
      items.map((c) =>
        h(
          'li',
          { 'data-concept': c.concept.code, 'data-count': c.partnershipCount },
          h(
            'details',
            {},
            h('summary', {}, `${c.concept.prefLabel}: ${c.partnershipCount}`),
            h('ul', { class: 'partnerships' }, c.partnerships.map((p) => h('li', {}, h('a', { href: `/dashboard/partnership/${encodeURIComponent(p.slug)}` }, p.name)))),
          ),
          children.has(c.concept.code) ? tree(children.get(c.concept.code)!) : '',
        ),
      ),
    );
  const chart = h('div', { class: 'chart', id: 'chart-population' });
  main.replaceChildren(
    h('h1', {}, t('population')),
    smallFilterForm('/dashboard/population', params, data.places.edges.map((e) => e.node)),
    chart,
    h('section', { 'aria-labelledby': 'h-tree', id: 'population-tree' }, h('h2', { id: 'h-tree' }, t('population')), tree(roots)),
  );
  barChart(chart, coverage.map((c) => c.concept.prefLabel), coverage.map((c) => c.partnershipCount), `${t('population')}: see the list below`);
}
