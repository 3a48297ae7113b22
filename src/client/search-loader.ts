/**
 * The part of search every page loads (a few hundred bytes): `/` and Ctrl/⌘+K focus the
 * search box, and the search UI (src/client/search.ts, with Pagefind behind it) is fetched
 * on first use — when the reader focuses or types in the header box, or at once on /search/.
 * Pages nobody searches from load no search code at all.
 */
let loading: Promise<unknown> | undefined;
const loadSearch = (): Promise<unknown> => (loading ??= import('./search'));

/** `/` or Ctrl/⌘+K focuses the search box of the page (the search page's own, else the header's). */
function focusSearchShortcut(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const isK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!isSlash && !isK) return;
  const input =
    document.querySelector<HTMLInputElement>('search-page input') ?? document.querySelector<HTMLInputElement>('search-box input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
}

if (document.querySelector('search-page')) void loadSearch();
for (const input of document.querySelectorAll('search-box input')) {
  for (const type of ['focus', 'input', 'pointerdown']) input.addEventListener(type, () => void loadSearch(), { once: true });
}
document.addEventListener('keydown', focusSearchShortcut);
