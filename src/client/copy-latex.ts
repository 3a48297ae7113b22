/**
 * <copy-latex>: the copy controls of one equation figure. The main button copies in the
 * remembered format (LaTeX by default, always the exact `$$` source); the "Formats" button
 * opens a menu of the other forms (WAI-ARIA menu button pattern: arrows, Home/End, Escape).
 * Buttons stay hidden until this runs, so without JavaScript there is no dead control and
 * the source is visible under "LaTeX source".
 */
import 'katex/contrib/copy-tex';
import { COPY_FORMATS, formatEquation, isCopyFormat, type CopyFormatId, type EquationSource } from '../lib/copy-formats';
import { announce, copyShortcut, copyText, flash } from './clipboard';

const STORAGE_KEY = 'ml-equations:copy-format';
const FORMAT_EVENT = 'ml-equations:copy-format';

function rememberedFormat(): CopyFormatId {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isCopyFormat(value) ? value : 'latex';
  } catch {
    return 'latex';
  }
}

function remember(format: CopyFormatId): void {
  try {
    localStorage.setItem(STORAGE_KEY, format);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent(FORMAT_EVENT, { detail: format }));
}

const formatInfo = (format: CopyFormatId) => COPY_FORMATS.find((f) => f.id === format) ?? COPY_FORMATS[0];
const labelOf = (format: CopyFormatId) => formatInfo(format).label;
const shortLabel = (format: CopyFormatId) => formatInfo(format).short;

class CopyLatex extends HTMLElement {
  #main: HTMLButtonElement | null = null;
  #toggle: HTMLButtonElement | null = null;
  #menu: HTMLUListElement | null = null;

  get source(): EquationSource {
    const figure = this.closest('figure');
    return {
      latex: figure?.querySelector('code.latex-source')?.textContent ?? '',
      id: this.dataset['id'] ?? 'equation',
      index: Number(this.dataset['index'] ?? 1),
      mathml: figure?.querySelector('.katex-mathml math')?.outerHTML,
      typst: this.dataset['typst'],
    };
  }

  get name(): string {
    return this.dataset['name'] ?? 'this equation';
  }

  /** The format the main button copies: the remembered one when this equation has it. */
  get format(): CopyFormatId {
    const format = rememberedFormat();
    return formatEquation(format, this.source) === undefined ? 'latex' : format;
  }

  connectedCallback(): void {
    this.#main = this.querySelector('button.copy-button');
    this.#toggle = this.querySelector('button.copy-menu-button');
    if (!this.#main) return;
    this.#main.hidden = false;
    this.#main.addEventListener('click', () => void this.copy(this.format));
    if (this.#toggle) {
      this.#toggle.hidden = false;
      this.#toggle.addEventListener('click', () => {
        if (this.#menu && !this.#menu.hidden) this.closeMenu(true);
        else this.openMenu(0);
      });
      this.#toggle.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          this.openMenu(event.key === 'ArrowDown' ? 0 : -1);
        }
      });
    }
    this.updateLabel();
    document.addEventListener(FORMAT_EVENT, () => {
      this.updateLabel();
    });
  }

  updateLabel(): void {
    if (!this.#main) return;
    const format = this.format;
    this.#main.textContent = `Copy ${shortLabel(format)}`;
    this.#main.dataset['text'] = this.#main.textContent;
    this.#main.setAttribute('aria-label', `Copy ${shortLabel(format)} for ${this.name}`);
  }

  async copy(format: CopyFormatId): Promise<void> {
    const text = formatEquation(format, this.source);
    if (text === undefined || !this.#main) return;
    const anchor = this.#toggle ?? this.#main;
    if (await copyText(text, anchor)) {
      flash(this.#main, 'Copied');
      announce(`Copied ${labelOf(format)} for ${this.name}`);
    } else {
      flash(this.#main, `Press ${copyShortcut()}`);
      announce(`Could not copy automatically. The ${labelOf(format)} is selected: press ${copyShortcut()} to copy.`);
    }
  }

  buildMenu(): HTMLUListElement {
    const menu = document.createElement('ul');
    menu.className = 'copy-menu';
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', `Copy formats for ${this.name}`);
    menu.hidden = true;
    const source = this.source;
    for (const format of COPY_FORMATS) {
      const item = document.createElement('li');
      item.setAttribute('role', 'menuitemradio');
      item.dataset['format'] = format.id;
      item.tabIndex = -1;
      const available = formatEquation(format.id, source) !== undefined;
      // The check mark is decoration: CSS generated content would leak into the accessible name.
      const check = document.createElement('span');
      check.className = 'check';
      check.setAttribute('aria-hidden', 'true');
      check.textContent = '\u2713';
      item.append(check, available ? format.label : `${format.label} (not available for this equation)`);
      if (!available) item.setAttribute('aria-disabled', 'true');
      menu.append(item);
    }
    menu.addEventListener('click', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('[role="menuitemradio"]');
      if (item) void this.choose(item);
    });
    menu.addEventListener('keydown', (event) => {
      this.onMenuKey(event);
    });
    menu.addEventListener('focusout', (event) => {
      if (!menu.contains(event.relatedTarget as Node | null) && event.relatedTarget !== this.#toggle) this.closeMenu(false);
    });
    this.append(menu);
    return menu;
  }

  get items(): HTMLElement[] {
    return [...(this.#menu?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
  }

  openMenu(focusIndex: number): void {
    this.#menu ??= this.buildMenu();
    const current = rememberedFormat();
    for (const item of this.items) item.setAttribute('aria-checked', String(item.dataset['format'] === current));
    this.#menu.hidden = false;
    this.#toggle?.setAttribute('aria-expanded', 'true');
    this.items.at(focusIndex)?.focus();
  }

  closeMenu(returnFocus: boolean): void {
    if (!this.#menu || this.#menu.hidden) return;
    this.#menu.hidden = true;
    this.#toggle?.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.#toggle?.focus();
  }

  onMenuKey(event: KeyboardEvent): void {
    const items = this.items;
    const i = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items.at(to % items.length)?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        move(i + 1);
        break;
      case 'ArrowUp':
        move(i - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(-1);
        break;
      case 'Escape':
        event.preventDefault();
        this.closeMenu(true);
        break;
      case 'Tab':
        this.closeMenu(false);
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const item = items[i];
        if (item) void this.choose(item);
        break;
      }
    }
  }

  async choose(item: HTMLElement): Promise<void> {
    const format = item.dataset['format'];
    if (!isCopyFormat(format) || item.getAttribute('aria-disabled') === 'true') return;
    remember(format);
    this.closeMenu(true);
    await this.copy(format);
  }
}

if (!customElements.get('copy-latex')) customElements.define('copy-latex', CopyLatex);
