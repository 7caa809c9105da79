/** Export downloads (CSV, SDMX-CSV): fetched with the API key, so an owner's export holds their withheld figures. */
import { download } from '../api';
import { h } from '../dom';
import { t } from '../i18n';

export function exportLinks(): HTMLElement {
  const button = (label: string, path: string, file: string) =>
    h('button', { type: 'button', 'data-export': path, onclick: () => void download(path, file) }, label);
  return h(
    'section',
    { 'aria-labelledby': 'h-exports' },
    h('h2', { id: 'h-exports' }, t('downloads')),
    h('p', {}, button('Observations (CSV)', '/export/observations.csv', 'observations.csv'), ' ', button('Observations (SDMX-CSV)', '/export/observations.sdmx.csv', 'observations.sdmx.csv')),
  );
}
