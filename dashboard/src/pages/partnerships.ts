/** Partnerships: the filtered, sorted, paged table and the counts of the same selection as bar charts. */
import { query } from '../api';
import { barChart } from '../charts';
import { h, table } from '../dom';
import { DashboardPartnershipsDocument, type PartnershipSortField, type SortDirection } from '../generated/graphql';
import { lang, placeName, t } from '../i18n';
import { navigate } from '../main';
import { DIMENSIONS, FILTER_PARAMS, filterFromParams, LEVELS, PROGRAMMES } from './filters';

const PAGE_SIZE = 20;
const pageSize = (params: URLSearchParams) => Math.min(100, Math.max(1, Number(params.get('size')) || PAGE_SIZE));
const SORTS: PartnershipSortField[] = ['NAME', 'END_DATE', 'ACTION_2_END_DATE', 'ACTION_3_END_DATE'];

function select(name: string, label: string, options: Array<[string, string]>, value: string | null): HTMLElement {
  return h(
    'label',
    {},
    label,
    h('select', { name }, h('option', { value: '' }, '—'), options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))),
  );
}

export async function partnershipsPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const sort = (SORTS as string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as PartnershipSortField) : 'NAME';
  const direction: SortDirection = params.get('dir') === 'DESC' ? 'DESC' : 'ASC';
  const after = params.get('after') ?? undefined;
  const before = params.get('before') ?? undefined;
  const filter = filterFromParams(params);
  const data = await query(DashboardPartnershipsDocument, {
    filter,
    orderBy: [{ field: sort, direction }],
    ...(before ? { last: pageSize(params), before } : { first: pageSize(params), after }),
    lang: lang(),
  });
  const choices = data;

  const concepts = choices.concepts.edges.map((e) => e.node);
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters') },
    h('label', {}, t('text'), h('input', { type: 'search', name: 'text', value: params.get('text') ?? '' })),
    select('place', `${t('place')} (incl. places within)`, choices.places.edges.map((e) => [e.node.key, placeName(e.node)]), params.get('place')),
    select('programme', t('programme'), PROGRAMMES.map((p) => [p, p]), params.get('programme')),
    h('label', {}, t('round'), h('input', { type: 'number', name: 'round', min: 1, value: params.get('round') ?? '' })),
    select('theme', t('theme'), concepts.filter((c) => c.scheme === 'THEME').map((c) => [c.code, c.prefLabel]), params.get('theme')),
    select('population', 'Population group (incl. narrower)', concepts.filter((c) => c.scheme === 'POPULATION').map((c) => [c.code, c.prefLabel]), params.get('population')),
    select('dimension', 'Innovation dimension', DIMENSIONS.map((d) => [d, d]), params.get('dimension')),
    select('level', 'Innovation level', LEVELS.map((l) => [l, l]), params.get('level')),
    h('label', {}, 'Active on', h('input', { type: 'date', name: 'activeOn', value: params.get('activeOn') ?? '' })),
    select('sort', t('sortBy'), SORTS.map((s) => [s, s]), sort),
    select('dir', t('direction'), [['ASC', 'ascending'], ['DESC', 'descending']], direction),
    h('button', { type: 'submit' }, t('apply')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const name of [...FILTER_PARAMS, 'sort', 'dir']) {
      // A new filter starts again at page 1 (cursors belong to the order they were made with).
      const value = String(new FormData(form).get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    if (params.get('size')) next.set('size', params.get('size')!);
    navigate(`/dashboard/?${next}`);
  });

  const { partnerships, partnershipCounts: counts } = data;
  const pageUrl = (cursor: Record<string, string>) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('before');
    for (const [k, v] of Object.entries(cursor)) next.set(k, v);
    return `/dashboard/?${next}`;
  };
  const rows = partnerships.edges.map(({ node: p }) => [
    h('a', { href: `/dashboard/partnership/${encodeURIComponent(p.slug)}` }, p.name),
    p.programme,
    p.round ?? '',
    p.themeConcept?.prefLabel ?? '',
    p.places.map(placeName).join(', '),
    p.action3EndDate ?? p.action2EndDate ?? '',
  ]);

  const placeChart = h('div', { class: 'chart', id: 'chart-by-place' });
  const programmeChart = h('div', { class: 'chart', id: 'chart-by-programme' });
  const themeChart = h('div', { class: 'chart', id: 'chart-by-theme' });
  const byPlace = counts.byPlace.map((c) => [placeName(c.place), c.count] as const);
  const byProgramme = counts.byProgramme.map((c) => [c.concept?.prefLabel ?? c.programme, c.count] as const);
  const byTheme = counts.byTheme.map((c) => [c.theme?.prefLabel ?? '(no theme)', c.count] as const);

  main.replaceChildren(
    h('h1', {}, t('partnerships')),
    form,
    h('p', { role: 'status', id: 'total' }, `${partnerships.totalCount} partnership(s)`),
    table(t('partnerships'), [t('name'), t('programme'), t('round'), t('theme'), t('places'), t('endDate')], rows, { id: 'partnerships-table' }),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      partnerships.pageInfo.hasPreviousPage && partnerships.pageInfo.startCursor ? h('a', { href: pageUrl({ before: partnerships.pageInfo.startCursor }), rel: 'prev' }, t('previous')) : null,
      partnerships.pageInfo.hasNextPage && partnerships.pageInfo.endCursor ? h('a', { href: pageUrl({ after: partnerships.pageInfo.endCursor }), rel: 'next' }, t('next')) : null,
    ),
    h('h2', {}, `${t('count')}: ${counts.total}`),
    h(
      'div',
      { class: 'charts' },
      h('section', { 'aria-labelledby': 'h-place' }, h('h3', { id: 'h-place' }, t('place')), placeChart, table(`${t('count')} / ${t('place')}`, [t('place'), t('count')], byPlace.map((r) => [...r]), { id: 'table-by-place' })),
      h('section', { 'aria-labelledby': 'h-programme' }, h('h3', { id: 'h-programme' }, t('programme')), programmeChart, table(`${t('count')} / ${t('programme')}`, [t('programme'), t('count')], byProgramme.map((r) => [...r]), { id: 'table-by-programme' })),
      h('section', { 'aria-labelledby': 'h-theme' }, h('h3', { id: 'h-theme' }, t('theme')), themeChart, table(`${t('count')} / ${t('theme')}`, [t('theme'), t('count')], byTheme.map((r) => [...r]), { id: 'table-by-theme' })),
    ),
  );
  barChart(placeChart, byPlace.map((r) => r[0]), byPlace.map((r) => r[1]), `${t('count')} / ${t('place')}: see the table below`);
  barChart(programmeChart, byProgramme.map((r) => r[0]), byProgramme.map((r) => r[1]), `${t('count')} / ${t('programme')}: see the table below`);
  barChart(themeChart, byTheme.map((r) => r[0]), byTheme.map((r) => r[1]), `${t('count')} / ${t('theme')}: see the table below`);
}
