/**
 * Search UI: the header box (a results panel on every page) and the /search/ page share one
 * engine. Names, descriptions and formulas are ranked in the page by src/lib/search-engine.ts
 * over `/search-index.json` (loaded once, on first use), so a keystroke costs no request;
 * on the /search/ page, Pagefind's full-text index adds entries that only their prose
 * mentions. Each result shows its equation pre-rendered at build time (no TeX in the browser)
 * with its copy controls. This module loads on first use (src/client/search-loader.ts).
 */
import { isRelevant, queryProblem } from '../lib/search-rank';
import { SearchEngine, unpackIndex, type SearchIndexFile } from '../lib/search-engine';
import { normalizeQuery } from '../lib/search-normalize';

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
}

/** How many of Pagefind's results are looked at for entries the local index did not find. */
const FULL_TEXT_WINDOW = 20;
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

let engine: Promise<SearchEngine> | undefined;
/** The local index, fetched once (on the first focus of a search box). */
export function loadEngine(): Promise<SearchEngine> {
  engine ??= fetch(`${BASE}search-index.json`)
    .then((r) => r.json() as Promise<SearchIndexFile>)
    .then((file) => new SearchEngine(unpackIndex(file)));
  return engine;
}

const equationUrl = (id: string) => `${BASE}equations/${id}/`;

/** Names, descriptions and formulas, ranked locally: what a keystroke shows. */
export async function searchLocal(query: string, options: { category?: string | undefined } = {}): Promise<SearchItem[]> {
  const index = await loadEngine();
  return index
    .search(query, options.category ? { category: options.category } : {})
    .map(({ doc }) => ({ url: equationUrl(doc.id), id: doc.id, title: doc.title, category: doc.category, summary: doc.summary }));
}

/**
 * Pagefind's searches run one after another, never interleaved: they share one WebAssembly
 * instance and its loaded chunks, and overlapping searches while chunks load (a reader typing
 * fast on a slow machine) are where a search could be left unanswered.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  // The next search waits for this one, but never longer than the full-text timeout.
  queue = within(
    run.catch(() => undefined),
    FULL_TEXT_TIMEOUT,
    undefined,
  );
  return run;
}

/** Resolves to `fallback` when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(resolve, ms, fallback))]);
}

/** How long the full text may take before the local results stand alone. */
const FULL_TEXT_TIMEOUT = 10_000;

/** Entries Pagefind finds in the full text that are not in `known`, in Pagefind's order. */
export async function searchFullText(
  query: string,
  known: ReadonlySet<string>,
  options: { category?: string | undefined; max: number },
): Promise<SearchItem[]> {
  const api = await loadPagefind();
  const normalized = normalizeQuery(query);
  const search = await oneAtATime(() => api.search(normalized, options.category ? { filters: { category: options.category } } : {}));
  const terms = normalized.split(/\s+/).filter(Boolean);
  const data = await Promise.all(search.results.slice(0, FULL_TEXT_WINDOW).map((r) => r.data()));
  return data
    .filter((d) => {
      const words = d.content.split(/\s+/);
      return isRelevant(terms, [...d.locations.map((i) => words[i] ?? ''), ...(d.meta['title'] ?? '').split(/\s+/)]);
    })
    .map((d) => ({
      url: d.url,
      id: d.meta['id'] ?? '',
      title: d.meta['title'] ?? d.url,
      category: d.filters['category']?.[0] ?? '',
      summary: d.meta['summary'] ?? '',
    }))
    .filter((item) => item.id && !known.has(item.id))
    .slice(0, options.max);
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

/**
 * When a search draws its results: a query from the URL (`wait`) once the equations of the
 * first results have arrived, so nothing on the page moves; a typed one (`draw-now`) at once,
 * its equations filling in as they arrive (renderItem requests them).
 */
type EquationMode = 'wait' | 'draw-now';

/** Waits for the typeset equations of the first `count` items. */
async function equationsArrived(items: readonly SearchItem[], count: number): Promise<void> {
  await Promise.all(items.slice(0, count).map((item) => (item.id ? fragment(item.id) : Promise.resolve(''))));
}

/**
 * One result: title link, category, summary, and (for the first few) a slot for the typeset
 * equation, filled when its fragment arrives (in the same frame when it has already arrived,
 * see EquationMode). The slot keeps its place, so the list does not reorder.
 */
function renderItem(item: SearchItem, headingTag: 'h2' | 'h3', withEquation: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset['id'] = item.id;
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
  if (withEquation && item.id) {
    const slot = document.createElement('div');
    slot.className = 'result-equation';
    li.append(slot);
    void fragment(item.id).then((equation) => {
      // Our own build output for this id (never user input): safe to insert as HTML.
      if (equation) slot.innerHTML = equation;
      else slot.remove();
    });
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
      // The result's equation may still be on its way: copy once it is in place.
      const li = all[i]?.closest('li');
      const id = li?.dataset['id'];
      void (id ? fragment(id) : Promise.resolve('')).then(() => {
        li?.querySelector<HTMLButtonElement>('button.copy-button:not([hidden])')?.click();
      });
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
    readonly options: { max: number; equations: number; headingTag: 'h2' | 'h3'; fullText: boolean; category?: () => string },
  ) {}

  /**
   * Shows the results of a query. The list's `data-query` says which query it shows (set as
   * soon as the local results are rendered); `data-complete` says the search is finished,
   * full text included. Tests and the bench wait on them.
   */
  async run(query: string, equations: EquationMode = 'draw-now'): Promise<number> {
    const seq = ++this.#seq;
    const problem = queryProblem(query);
    if (problem !== undefined) {
      this.list.replaceChildren();
      this.#hint(false);
      this.status.textContent = problem;
      this.#mark(query, true);
      return 0;
    }
    const category = this.options.category?.() || undefined;
    let local: SearchItem[];
    try {
      local = await searchLocal(query, { category });
    } catch {
      if (seq !== this.#seq) return -1;
      engine = undefined; // try again on the next keystroke
      this.list.replaceChildren();
      this.#hint(false);
      this.status.textContent = 'Search could not load. Check the connection and type again.';
      this.#mark(query, true);
      return 0;
    }
    if (seq !== this.#seq) return -1; // a newer query is running
    const shown = local.slice(0, this.options.max);
    if (equations === 'wait') await equationsArrived(shown, this.options.equations);
    if (seq !== this.#seq) return -1;
    this.list.replaceChildren(...shown.map((item, i) => renderItem(item, this.options.headingTag, i < this.options.equations)));
    this.#hint(shown.length > 0);
    let total = local.length;
    if (total > 0) this.#count(total);
    else this.status.textContent = this.options.fullText ? 'Searching the full text…' : '';
    this.#mark(query, !this.options.fullText);
    if (this.options.fullText && shown.length < this.options.max) {
      // The full text only adds to what is shown: when it cannot load, the local results stand.
      const more = await within(
        searchFullText(query, new Set(local.map((i) => i.id)), { category, max: this.options.max - shown.length }).catch(() => []),
        FULL_TEXT_TIMEOUT,
        [],
      );
      if (seq !== this.#seq) return -1;
      if (equations === 'wait') await equationsArrived(more, Math.max(0, this.options.equations - shown.length));
      if (seq !== this.#seq) return -1;
      this.list.append(...more.map((item, i) => renderItem(item, this.options.headingTag, shown.length + i < this.options.equations)));
      total += more.length;
      this.#hint(total > 0);
      if (total > 0) this.#count(total);
    }
    if (total === 0) {
      await this.#nothing(query);
      if (seq !== this.#seq) return -1;
    }
    this.#mark(query, true);
    return total;
  }

  #mark(query: string, complete: boolean): void {
    this.list.dataset['query'] = query;
    if (complete) this.list.dataset['complete'] = query;
    else delete this.list.dataset['complete'];
  }

  #hint(show: boolean): void {
    this.list.parentElement?.querySelector<HTMLElement>('.search-hint')?.toggleAttribute('hidden', !show);
  }

  #count(total: number): void {
    this.status.textContent = `${total} ${total === 1 ? 'equation' : 'equations'} found.`;
  }

  /**
   * Nothing found: say so, offer the nearest names (two only when equally near) and the
   * categories. Finishes before the search is marked complete, so what a test or reader sees
   * after `data-complete` is the whole message.
   */
  async #nothing(query: string): Promise<void> {
    this.status.textContent = `No equations match “${query.trim().slice(0, 80)}”.`;
    const names = await loadEngine().then(
      (index) => index.suggest(query),
      () => [],
    );
    if (names.length > 0) this.suggest(names);
    const browse = document.createElement('a');
    browse.href = `${BASE}#categories`;
    browse.textContent = 'browse the categories';
    this.status.append(' You can also ', browse, '.');
  }

  suggest(names: readonly string[]): void {
    const buttons = names.map((name) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = name;
      button.addEventListener('click', () => {
        this.input.value = name;
        this.input.dispatchEvent(new Event('input', { bubbles: true }));
        this.input.focus();
      });
      return button;
    });
    const [first, second] = buttons;
    if (!first) return;
    this.status.append(' Did you mean ', first, ...(second ? [' or ', second] : []), '?');
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
      fullText: true,
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
    void view.run(view.input.value, 'wait');
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
    const view = new SearchView(input, status, list, { max: 8, equations: 3, headingTag: 'h3', fullText: false });
    const close = () => {
      panel.hidden = true;
    };
    input.addEventListener('focus', () => void loadEngine());
    void loadEngine();
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
