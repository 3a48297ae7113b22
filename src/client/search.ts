/**
 * Search UI on Pagefind's JS API: the header box (a results panel on every page) and the
 * /search/ page share one engine. Queries are normalised like the index (σ = sigma = \sigma),
 * exact title and alias matches are ranked first, and each result shows its equation
 * pre-rendered at build time (no TeX in the browser) with its copy controls.
 * This module and Pagefind load on first use (src/client/search-loader.ts).
 */
import { isMarkupOnly, isRelevant, rankResults } from '../lib/search-rank';
import { closestName } from '../lib/search-index';
import { isMathQuery, mathOverlap, normalizeQuery } from '../lib/search-normalize';

interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export interface SearchItem {
  url: string;
  id: string;
  title: string;
  category: string;
  summary: string;
  aliases: string[];
}

/** How many of Pagefind's results may be re-ranked; past it, Pagefind's order stands. */
const RERANK_WINDOW = 40;
/** Result data (one fragment request each) is fetched this many at a time, only as needed. */
const BATCH = 10;
const html = document.documentElement;
const BASE = html.dataset['base'] ?? '/';

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindApi;
    // In the page, not a web worker: the worker would be a second copy of the runtime to
    // download (12 KB gzip), and for an index this size searching takes milliseconds.
    await api.options({ baseUrl: BASE, noWorker: true });
    await api.init();
    return api;
  })();
  return pagefind;
}

let names: Promise<string[]> | undefined;
const loadNames = () => (names ??= fetch(`${BASE}search-names.json`).then((r) => r.json() as Promise<string[]>));

/** Why a query is not searched, or undefined when it is fine. */
export function queryProblem(query: string): string | undefined {
  const q = query.trim();
  if (q.length === 0) return '';
  if (!isMathQuery(q) && q.replace(/[^A-Za-z0-9]/g, '').length < 2) return 'Type at least two letters to search.';
  if (isMarkupOnly(q))
    return 'Every equation is written with LaTeX markup like that: search for a name, a symbol (\\sigma) or a formula (\\sqrt{d_k}).';
  return undefined;
}

/**
 * Runs a search: Pagefind for recall, then a relevance filter and exact-name and math-token
 * re-ranking. Result data is fetched `wanted` at once, then in batches until `wanted` relevant
 * results are known (a formula query looks at the whole re-ranking window, where its best
 * match may sit lower). `onData` sees each result's data as it arrives, in Pagefind's order,
 * so the caller can start fetching what it will show.
 */
export async function searchEquations(
  query: string,
  wanted: number,
  options: { category?: string | undefined; onData?: (data: PagefindResultData, rank: number) => void } = {},
): Promise<{ total: number; items: SearchItem[] }> {
  const { category, onData } = options;
  const api = await loadPagefind();
  const search = await api.search(normalizeQuery(query), category ? { filters: { category } } : {});
  const terms = normalizeQuery(query).split(/\s+/).filter(Boolean);
  const isMath = isMathQuery(query);
  const window = search.results.slice(0, RERANK_WINDOW);
  const data: PagefindResultData[] = [];
  let examined = 0;
  while (examined < window.length && (isMath || data.length < wanted)) {
    const size = isMath ? window.length : examined === 0 ? Math.max(wanted, BATCH) : BATCH;
    const start = examined;
    const batch = await Promise.all(
      window.slice(start, start + size).map(async (r, k) => {
        const d = await r.data();
        onData?.(d, start + k);
        return d;
      }),
    );
    examined += batch.length;
    data.push(
      ...batch.filter((d) => {
        const words = d.content.split(/\s+/);
        const matched = [
          ...d.locations.map((i) => words[i] ?? ''),
          ...`${d.meta['title'] ?? ''} ${d.meta['aliases'] ?? ''}`.split(/[\s|]+/),
        ];
        return isRelevant(terms, matched);
      }),
    );
  }
  let items = data.map((d) => ({
    url: d.url,
    id: d.meta['id'] ?? '',
    title: d.meta['title'] ?? d.url,
    category: d.filters['category']?.[0] ?? '',
    summary: d.meta['summary'] ?? '',
    aliases: (d.meta['aliases'] ?? '').split('|').filter(Boolean),
    tex: (d.meta['tex'] ?? '').split(' '),
  }));
  if (isMath) {
    // For a formula, how much of it an entry's equations contain matters more than word frequency.
    items = items
      .map((item, index) => ({ item, index, score: mathOverlap(query, item.tex) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map((x) => x.item);
  }
  // Results not examined count as Pagefind found them when the examined ones filled the list;
  // otherwise (nonsense that matched only by prefix, say) only the relevant ones count.
  const unexamined = search.results.length - examined;
  const total = data.length + (data.length >= wanted ? unexamined : 0);
  return { total, items: rankResults(query, items) };
}

const fragmentCache = new Map<string, Promise<string>>();
function fragment(id: string): Promise<string> {
  let cached = fragmentCache.get(id);
  if (!cached) {
    cached = fetch(`${BASE}equation-fragments/${id}.html`).then((r) => (r.ok ? r.text() : ''));
    fragmentCache.set(id, cached);
  }
  return cached;
}

/** One result: title link, category, summary, and (for the first few) the typeset equation. */
function renderItem(item: SearchItem, headingTag: 'h2' | 'h3', equation: string | undefined): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement(headingTag);
  const link = document.createElement('a');
  link.href = item.url;
  link.className = 'result-link';
  link.textContent = item.title;
  heading.append(link);
  const category = document.createElement('span');
  category.className = 'result-category';
  category.textContent = item.category;
  const summary = document.createElement('p');
  summary.className = 'result-summary';
  summary.textContent = item.summary;
  li.append(heading, category, summary);
  if (equation) {
    const slot = document.createElement('div');
    slot.className = 'result-equation';
    // Our own build output for this id (never user input): safe to insert as HTML.
    slot.innerHTML = equation;
    li.append(slot);
  }
  return li;
}

/** Arrow keys move between the input and the result links; C copies the focused result. */
function wireKeyboard(input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(i + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (i === 0) input.focus();
      else all[i - 1]?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
      onEscape();
    } else if (event.key.toLowerCase() === 'c' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      all[i]?.closest('li')?.querySelector<HTMLButtonElement>('button.copy-button:not([hidden])')?.click();
    }
  });
}

/** Shared state machine of one search UI: input → status + results. */
class SearchView {
  #seq = 0;
  constructor(
    readonly input: HTMLInputElement,
    readonly status: HTMLElement,
    readonly list: HTMLElement,
    readonly options: { max: number; equations: number; headingTag: 'h2' | 'h3'; category?: () => string },
  ) {}

  async run(query: string): Promise<number> {
    const seq = ++this.#seq;
    const problem = queryProblem(query);
    if (problem !== undefined) {
      this.list.replaceChildren();
      this.list.parentElement?.querySelector<HTMLElement>('.search-hint')?.toggleAttribute('hidden', true);
      this.status.textContent = problem;
      this.list.dataset['query'] = query;
      return 0;
    }
    const { total, items } = await searchEquations(query, this.options.max, {
      category: this.options.category?.() || undefined,
      // Start fetching the typeset equations of the likely first results with their data.
      onData: (d, rank) => {
        if (rank < this.options.equations && d.meta['id']) void fragment(d.meta['id']);
      },
    });
    const shown = items.slice(0, this.options.max);
    // The equations are fetched before anything is shown, so results never jump as they arrive.
    const equations = await Promise.all(
      shown.map((item, i) => (i < this.options.equations && item.id ? fragment(item.id) : Promise.resolve(undefined))),
    );
    if (seq !== this.#seq) return -1; // a newer query is running
    this.list.replaceChildren(...shown.map((item, i) => renderItem(item, this.options.headingTag, equations[i])));
    this.list.parentElement?.querySelector<HTMLElement>('.search-hint')?.toggleAttribute('hidden', items.length === 0);
    // Which query the list shows: lets tests (and styles) tell a finished search from a running one.
    this.list.dataset['query'] = query;
    if (total === 0) {
      this.status.textContent = `No equations match “${query.trim()}”.`;
      const suggestion = closestName(query, await loadNames());
      if (seq !== this.#seq) return -1;
      if (suggestion) this.suggest(suggestion);
      const browse = document.createElement('a');
      browse.href = `${BASE}#categories`;
      browse.textContent = 'browse the categories';
      this.status.append(' You can also ', browse, '.');
    } else {
      this.status.textContent = `${total} ${total === 1 ? 'equation' : 'equations'} found.`;
    }
    return total;
  }

  suggest(name: string): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = name;
    button.addEventListener('click', () => {
      this.input.value = name;
      this.input.dispatchEvent(new Event('input', { bubbles: true }));
      this.input.focus();
    });
    this.status.append(' Did you mean ', button, '?');
  }
}

/** <search-page>: the /search/ page. The URL (?q=, &category=) is the state: shareable, back button restores it. */
class SearchPage extends HTMLElement {
  #view: SearchView | undefined;
  #select: HTMLSelectElement | null = null;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const status = this.querySelector<HTMLElement>('.search-status');
    const list = this.querySelector<HTMLElement>('.search-results');
    this.#select = this.querySelector('select');
    if (!input || !status || !list) return;
    this.#view = new SearchView(input, status, list, {
      max: 20,
      equations: 10,
      headingTag: 'h2',
      category: () => this.#select?.value ?? '',
    });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update('push');
    });
    input.addEventListener('input', () => void this.update('replace'));
    this.#select?.addEventListener('change', () => void this.update('push'));
    wireKeyboard(input, list, () => undefined);
    window.addEventListener('popstate', () => {
      this.restore();
    });
    this.restore();
  }

  restore(): void {
    const params = new URLSearchParams(window.location.search);
    const view = this.#view;
    if (!view) return;
    view.input.value = params.get('q') ?? '';
    if (this.#select) this.#select.value = params.get('category') ?? '';
    void view.run(view.input.value);
  }

  async update(history: 'push' | 'replace'): Promise<void> {
    const view = this.#view;
    if (!view) return;
    const url = new URL(window.location.href);
    const q = view.input.value.trim();
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    const category = this.#select?.value ?? '';
    if (category) url.searchParams.set('category', category);
    else url.searchParams.delete('category');
    window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    await view.run(view.input.value);
  }
}

/** <search-box>: the header search. Typing shows a results panel; Enter without a selection opens /search/. */
class SearchBox extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    const panel = this.querySelector<HTMLElement>('.search-panel');
    const status = this.querySelector<HTMLElement>('.search-status');
    const list = this.querySelector<HTMLElement>('.search-results');
    if (!input || !panel || !status || !list) return;
    const view = new SearchView(input, status, list, { max: 8, equations: 3, headingTag: 'h3' });
    const close = () => {
      panel.hidden = true;
    };
    input.addEventListener('focus', () => void loadPagefind());
    void loadPagefind();
    input.addEventListener('input', () => {
      if (!input.value.trim()) {
        close();
        return;
      }
      panel.hidden = false;
      void view.run(input.value);
    });
    wireKeyboard(input, list, close);
    document.addEventListener('click', (event) => {
      if (!this.contains(event.target as Node)) close();
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) close();
    });
    // This module loads on the first focus or keystroke: catch up with what was typed meanwhile.
    if (input.value.trim()) {
      panel.hidden = false;
      void view.run(input.value);
    }
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
