/** Innovation matrix: dimension x level as a heat map over the filtered partnerships; the table lists each cell's innovations. */
import { query } from '../api';
import { heatMap } from '../charts';
import { h } from '../dom';
import { DashboardInnovationMatrixDocument } from '../generated/graphql';
import { t } from '../i18n';
import { DIMENSIONS, filterFromParams, LEVELS } from './filters';
import { smallFilterForm } from './small-filter';

export async function innovationsPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const data = await query(DashboardInnovationMatrixDocument, { filter: filterFromParams(params) });
  const { cells, total } = data.innovationMatrix;
  const at = (d: string, l: string) => cells.find((c) => c.dimension === d && c.level === l);
  const chart = h('div', { class: 'chart', id: 'chart-innovations' });
  const grid = h(
    'table',
    { id: 'innovations-table' },
    h('caption', {}, `${t('innovations')}: ${total}`),
    h('thead', {}, h('tr', {}, h('td', {}), LEVELS.map((l) => h('th', { scope: 'col' }, l)))),
    h(
      'tbody',
      {},
      DIMENSIONS.map((d) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, d),
          LEVELS.map((l) => {
            const cell = at(d, l);
            const count = cell?.count ?? 0;
            return h(
              'td',
              { 'data-cell': `${d}:${l}`, 'data-count': count },
              count
                ? h(
                    'details',
                    {},
                    h('summary', {}, `${count}`),
                    h('ul', {}, cell!.innovations.map((i) => h('li', {}, h('a', { href: `/dashboard/partnership/${encodeURIComponent(i.partnership.slug)}#rec-${encodeURIComponent(i.id)}` }, i.partnership.name), `: ${i.description}`))),
                  )
                : '0',
            );
          }),
        ),
      ),
    ),
  );
  main.replaceChildren(h('h1', {}, t('innovations')), smallFilterForm('/dashboard/innovations', params, data.places.edges.map((e) => e.node)), chart, grid);
  heatMap(
    chart,
    LEVELS,
    DIMENSIONS,
    DIMENSIONS.flatMap((d, y) => LEVELS.map((l, x) => [x, y, at(d, l)?.count ?? 0] as [number, number, number])),
    `${t('innovations')}: see the table below`,
  );
}
