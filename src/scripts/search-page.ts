import { rankResults } from '../lib/search-rank';

/**
 * <search-page>: runs Pagefind queries for the /search/ page. The URL (?q=) is the state, so
 * results are shareable and the back button restores them. Pagefind is loaded on first use.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
/** How many of Pagefind's results are re-ranked (exact title and alias matches first). */
const RERANK_WINDOW = 40;

class SearchPage extends HTMLElement {
  #pagefind: Promise<PagefindApi> | undefined;
  #input = document.createElement('input');
  #status: HTMLElement = document.createElement('p');
  #list = document.createElement('ol');

  connectedCallback(): void {
    const input = this.querySelector('input');
    const status = this.querySelector<HTMLElement>('.search-status');
    const list = this.querySelector<HTMLOListElement>('.search-results');
    if (!input || !status || !list) return;
    [this.#input, this.#status, this.#list] = [input, status, list];
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(this.#input.value, 'push');
    });
    this.#input.addEventListener('input', () => void this.run(this.#input.value, 'replace'));
    window.addEventListener('popstate', () => {
      this.restore();
    });
    this.restore();
  }

  restore(): void {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    this.#input.value = q;
    void this.run(q, 'none');
  }

  load(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset['bundle'] ?? '/pagefind/';
      const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: this.dataset['base'] ?? '/' });
      await api.init();
      return api;
    })();
    return this.#pagefind;
  }

  async run(query: string, history: 'push' | 'replace' | 'none'): Promise<void> {
    const q = query.trim();
    if (history !== 'none') {
      const url = new URL(window.location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    if (!q) {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    const api = await this.load();
    const search = await api.debouncedSearch(q, {}, 150);
    if (!search) return; // superseded by a newer keystroke
    const fetched = await Promise.all(search.results.slice(0, RERANK_WINDOW).map((r) => r.data()));
    const ranked = rankResults(
      q,
      fetched.map((d) => ({ data: d, title: d.meta['title'] ?? '', aliases: (d.meta['aliases'] ?? '').split('|').filter(Boolean) })),
    );
    const data = ranked.slice(0, MAX_RESULTS).map((r) => r.data);
    if (this.#input.value.trim() !== q) return;
    this.#list.replaceChildren(...data.map((d) => this.item(d)));
    this.#status.textContent =
      data.length === 0
        ? `No equations match “${q}”. Try another name, or browse a category below.`
        : `${search.results.length} ${search.results.length === 1 ? 'equation' : 'equations'} found`;
  }

  item(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    const heading = document.createElement('h2');
    heading.append(link);
    const category = document.createElement('span');
    category.className = 'result-category';
    category.textContent = data.filters['category']?.[0] ?? '';
    const summary = document.createElement('p');
    summary.textContent = data.meta['summary'] ?? '';
    li.append(heading, category, summary);
    return li;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
