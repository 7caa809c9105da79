/** The filter form of the aggregate pages: the same URL parameters (and PartnershipFilter) as the partnerships page. */
import { h } from '../dom';
import { placeName, t } from '../i18n';
import { navigate } from '../main';
import { PROGRAMMES } from './filters';

export function smallFilterForm(path: string, params: URLSearchParams, places: Array<{ key: string; name: string; welshName: string | null }>): HTMLFormElement {
  const select = (name: string, label: string, options: Array<[string, string]>) =>
    h('label', {}, label, h('select', { name }, h('option', { value: '' }, '—'), options.map(([v, text]) => h('option', { value: v, selected: v === params.get(name) }, text))));
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters') },
    h('label', {}, t('text'), h('input', { type: 'search', name: 'text', value: params.get('text') ?? '' })),
    select('place', `${t('place')} (incl. places within)`, places.map((p) => [p.key, placeName(p)])),
    select('programme', t('programme'), PROGRAMMES.map((p) => [p, p])),
    h('button', { type: 'submit' }, t('apply')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const name of ['text', 'place', 'programme']) {
      const value = String(new FormData(form).get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    navigate(`${path}?${next}`);
  });
  return form;
}
