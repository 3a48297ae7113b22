/**
 * The copy menu of one equation (WAI-ARIA menu button pattern: arrows, Home/End, Escape), loaded
 * on first use so a first visit does not pay for it: each format copies once; below them, an
 * item for the format just copied ("Set the Copy button to Markdown") and "Reset the Copy button
 * to LaTeX" make the Copy button's format an explicit choice.
 */
import { COPY_FORMATS, formatEquation, isCopyFormat, type CopyFormatId, type EquationSource } from '../lib/copy-formats';
import { announce } from './clipboard';
import { labelOf, remember, rememberedFormat, shortLabel } from './copy-format-store';

/** What the menu needs from its <copy-latex>. */
export interface CopyMenuHost {
  readonly name: string;
  readonly source: EquationSource;
  readonly toggle: HTMLButtonElement;
  copy(format: CopyFormatId): Promise<void>;
  append(node: Node): void;
}

export class CopyMenu {
  menu: HTMLUListElement | undefined;
  /** The format last copied from this menu, offered as the Copy button's. */
  picked: CopyFormatId | undefined;
  constructor(readonly host: CopyMenuHost) {}

  get isOpen(): boolean {
    return this.menu !== undefined && !this.menu.hidden;
  }

  buildMenu(): HTMLUListElement {
    const menu = document.createElement('ul');
    menu.className = 'copy-menu';
    menu.setAttribute('role', 'menu');
    menu.setAttribute('aria-label', `Copy formats for ${this.host.name}`);
    menu.hidden = true;
    const source = this.host.source;
    for (const format of COPY_FORMATS) {
      const item = document.createElement('li');
      item.setAttribute('role', 'menuitem');
      item.dataset['format'] = format.id;
      item.dataset['action'] = 'copy';
      item.tabIndex = -1;
      const available = formatEquation(format.id, source) !== undefined;
      // The check mark (the current default) is decoration: CSS generated content would leak into the accessible name.
      const check = document.createElement('span');
      check.className = 'check';
      check.setAttribute('aria-hidden', 'true');
      check.textContent = '\u2713';
      item.append(check, available ? format.label : `${format.label} (not available for this equation)`);
      if (!available) item.setAttribute('aria-disabled', 'true');
      menu.append(item);
    }
    const separator = document.createElement('li');
    separator.setAttribute('role', 'separator');
    separator.className = 'copy-menu-separator';
    menu.append(separator, this.defaultItem('default'), this.defaultItem('reset'));
    menu.addEventListener('click', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
      if (item) void this.choose(item);
    });
    menu.addEventListener('keydown', (event) => {
      this.onMenuKey(event);
    });
    menu.addEventListener('focusout', (event) => {
      if (!menu.contains(event.relatedTarget as Node | null) && event.relatedTarget !== this.host.toggle) this.close(false);
    });
    this.host.append(menu);
    return menu;
  }

  /** "Make … the default" (for the format just copied) or "Reset the Copy button to LaTeX". */
  defaultItem(action: 'default' | 'reset'): HTMLLIElement {
    const item = document.createElement('li');
    item.setAttribute('role', 'menuitem');
    item.dataset['action'] = action;
    item.className = 'copy-menu-default';
    item.tabIndex = -1;
    item.hidden = true;
    return item;
  }

  /** Menu items that are shown, in order. */
  get items(): HTMLElement[] {
    return [...(this.menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([hidden])') ?? [])];
  }

  open(focusIndex: number): void {
    this.menu ??= this.buildMenu();
    const current = rememberedFormat();
    for (const item of this.menu.querySelectorAll<HTMLElement>('[data-action="copy"]'))
      item.classList.toggle('is-default', item.dataset['format'] === current);
    const make = this.menu.querySelector<HTMLElement>('[data-action="default"]');
    if (make) {
      const offer = this.picked !== undefined && this.picked !== current && this.picked !== 'latex' ? this.picked : undefined;
      make.hidden = offer === undefined;
      if (offer) {
        make.dataset['format'] = offer;
        make.textContent = `Set the Copy button to ${shortLabel(offer)}`;
      }
    }
    const reset = this.menu.querySelector<HTMLElement>('[data-action="reset"]');
    if (reset) {
      reset.hidden = current === 'latex';
      reset.textContent = 'Reset the Copy button to LaTeX';
    }
    this.menu.querySelector<HTMLElement>('.copy-menu-separator')?.toggleAttribute('hidden', !!make?.hidden && !!reset?.hidden);
    this.menu.hidden = false;
    this.host.toggle.setAttribute('aria-expanded', 'true');
    this.items.at(focusIndex)?.focus();
  }

  close(returnFocus: boolean): void {
    if (!this.menu || this.menu.hidden) return;
    this.menu.hidden = true;
    this.host.toggle.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.host.toggle.focus();
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
        this.close(true);
        break;
      case 'Tab':
        this.close(false);
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
    const action = item.dataset['action'];
    if (action === 'reset') {
      remember('latex');
      this.close(true);
      announce(`The Copy button copies the LaTeX source again`);
      return;
    }
    const format = item.dataset['format'];
    if (!isCopyFormat(format) || item.getAttribute('aria-disabled') === 'true') return;
    this.close(true);
    if (action === 'default') {
      remember(format);
      announce(`The Copy button now copies ${labelOf(format)}`);
      return;
    }
    this.picked = format;
    await this.host.copy(format);
  }
}
