/** The dashboard: a router over /dashboard/* (history API), the language and API key settings, the pages. */
import './style.css';
import { apiKey, setApiKey } from './api';
import { h } from './dom';
import { lang, setLang, t, type Lang, type Word } from './i18n';
import { partnershipsPage } from './pages/partnerships';
import { partnershipPage } from './pages/partnership';
import { comparisonPage } from './pages/comparison';
import { searchPage } from './pages/search';
import { innovationsPage } from './pages/innovations';
import { populationPage } from './pages/population';

export const BASE = '/dashboard';

type Page = (main: HTMLElement, params: URLSearchParams, arg?: string) => Promise<void>;

const pages: Array<{ path: string; word: Word; page: Page }> = [
  { path: '/', word: 'partnerships', page: partnershipsPage },
  { path: '/comparison', word: 'comparison', page: comparisonPage },
  { path: '/search', word: 'search', page: searchPage },
  { path: '/innovations', word: 'innovations', page: innovationsPage },
  { path: '/population', word: 'population', page: populationPage },
];

const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;

function renderNav(path: string): void {
  nav.replaceChildren(
    h('ul', {}, pages.map((p) => h('li', {}, h('a', { href: `${BASE}${p.path === '/' ? '/' : p.path}`, 'aria-current': p.path === path ? 'page' : null }, t(p.word))))),
  );
}

/** Navigates inside the dashboard without reloading: pages link with plain <a href>, this keeps them fast. */
export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

let rendering = 0;
async function render(): Promise<void> {
  const run = ++rendering;
  window.dashboardTest!.ready = false;
  const path = location.pathname.replace(/^\/dashboard/, '').replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(location.search);
  const detail = /^\/partnership\/([^/]+)$/.exec(path);
  renderNav(detail ? '' : path);
  main.replaceChildren(h('p', { role: 'status' }, t('loading')));
  try {
    if (detail) await partnershipPage(main, params, decodeURIComponent(detail[1]!));
    else {
      const page = pages.find((p) => p.path === path);
      if (page) await page.page(main, params);
      else main.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: `${BASE}/` }, t('partnerships'))));
    }
  } catch (e) {
    if (run !== rendering) return;
    main.replaceChildren(h('h1', {}, 'Error'), h('p', { role: 'alert' }, e instanceof Error ? e.message : String(e)));
  }
  if (run === rendering) window.dashboardTest!.ready = true;
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.('a');
  if (!a || a.target || a.hasAttribute('download') || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE) return;
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
addEventListener('popstate', () => void render());

const langSelect = document.getElementById('lang') as HTMLSelectElement;
langSelect.value = lang();
document.documentElement.lang = lang();
langSelect.addEventListener('change', () => {
  setLang(langSelect.value as Lang);
  void render();
});

const keyInput = document.getElementById('api-key') as HTMLInputElement;
keyInput.value = apiKey();
document.getElementById('api-key-save')!.addEventListener('click', () => {
  setApiKey(keyInput.value.trim());
  void render();
});

void render();
