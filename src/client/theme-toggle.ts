/**
 * <theme-toggle>: a button that switches between the light and dark themes and remembers the
 * choice (see src/lib/theme.ts). Its label says what it switches to ("Dark theme" while the
 * page is light). Hidden until this runs: without JavaScript the system theme applies and
 * there is no dead button.
 */
import { parseTheme, THEME_STORAGE_KEY, type Theme } from '../lib/theme';

const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const currentTheme = (): Theme => parseTheme(document.documentElement.dataset['theme']) ?? systemTheme();

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const label = button.querySelector('.theme-label');
    const sync = () => {
      const next = currentTheme() === 'dark' ? 'Light' : 'Dark';
      if (label) label.textContent = `${next} theme`;
      button.title = `Switch to the ${next.toLowerCase()} theme`;
    };
    sync();
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Storage refused (private mode, sandboxed iframe): the theme still applies to this page.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
