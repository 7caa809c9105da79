/** Search: the hub's full-text hits with their matched words marked, each linking to its record on the partnership's page. */
import { query } from '../api';
import { h, provenance } from '../dom';
import { DashboardSearchDocument } from '../generated/graphql';
import { t } from '../i18n';
import { navigate } from '../main';

const PAGE_SIZE = 20;

export async function searchPage(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const text = params.get('q')?.trim() ?? '';
  const form = h(
    'form',
    { role: 'search', class: 'filters', 'aria-label': t('search') },
    h('label', {}, t('search'), h('input', { type: 'search', name: 'q', value: text })),
    h('button', { type: 'submit' }, t('search')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = String(new FormData(form).get('q') ?? '').trim();
    navigate(`/dashboard/search${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  });
  if (!text) {
    main.replaceChildren(h('h1', {}, t('search')), form);
    return;
  }
  const after = params.get('after') ?? undefined;
  const { search } = await query(DashboardSearchDocument, { query: text, first: PAGE_SIZE, after });
  const next = new URLSearchParams({ q: text });
  if (search.pageInfo.endCursor) next.set('after', search.pageInfo.endCursor);
  main.replaceChildren(
    h('h1', {}, t('search')),
    form,
    h('p', { role: 'status', id: 'hit-count' }, `${search.totalCount} hit(s)`),
    h(
      'ol',
      { id: 'hits', class: 'facts' },
      search.edges.map(({ node: hit }) => {
        const id = 'id' in hit.record ? hit.record.id : undefined;
        // Built from the parts (text nodes and <mark>), never from HTML.
        const snippet = h('p', { class: 'snippet' }, hit.snippetParts.map((part) => (part.highlighted ? h('mark', {}, part.text) : part.text)));
        return h(
          'li',
          {},
          h('a', { href: `/dashboard/partnership/${encodeURIComponent(hit.partnership.slug)}${id ? `#rec-${encodeURIComponent(id)}` : ''}`, class: 'hit' }, `${hit.partnership.name} · ${hit.recordType.toLowerCase().replace(/_/g, ' ')} (${hit.field.toLowerCase().replace(/_/g, ' ')})`),
          snippet,
          provenance(hit.source),
        );
      }),
    ),
    search.pageInfo.hasNextPage ? h('p', {}, h('a', { href: `/dashboard/search?${next}`, rel: 'next' }, t('next'))) : '',
  );
}
