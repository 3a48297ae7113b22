/**
 * Light and dark themes. The system preference applies until the reader picks a theme with
 * the toggle; the choice is stored in localStorage and applied by a tiny inline script in
 * <head>, before the first paint, so the page never flashes the wrong theme. The script is
 * inline (an external file would run too late) and allowed by its hash in the CSP
 * (astro.config.mjs), never by 'unsafe-inline'.
 */

/** localStorage key of the reader's choice: 'light' or 'dark'. */
export const THEME_STORAGE_KEY = 'mleq-theme';

export type Theme = 'light' | 'dark';

/** A stored value, if it is a theme. */
export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The inline <head> script: applies a stored choice as <html data-theme>. */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
