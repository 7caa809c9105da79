/** A few DOM helpers: no framework, the pages build their elements with `h`. */
import { t } from './i18n';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A table with a caption and header row; cells are nodes or text. */
export function table(caption: string, headers: string[], rows: Child[][], attrs: Attrs = {}): HTMLTableElement {
  return h(
    'table',
    attrs,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))),
  );
}

export interface Provenance {
  section?: string | null;
  quote: string;
  document: { title: string };
}

/** Where a fact comes from: the document and section in the summary, the verbatim quote on expand. */
export function provenance(source: Provenance | null | undefined, label = t('source')): HTMLElement | null {
  if (!source) return null;
  return h(
    'details',
    { class: 'provenance' },
    h('summary', {}, `${label}: ${source.document.title}${source.section ? ` › ${source.section}` : ''}`),
    h('blockquote', {}, source.quote),
  );
}

export function clear(el: Element): void {
  el.replaceChildren();
}
