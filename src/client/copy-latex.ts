/**
 * <copy-latex>: the copy controls of one equation figure. The main button copies the exact `$$`
 * source, or the format the reader chose for it, which its label then says ("Copy as
 * Markdown"); "Copy link" copies the equation's URL; the "Formats" button opens the copy menu
 * (copy-menu.ts, loaded when first wanted). Buttons stay hidden until this runs, so without
 * JavaScript there is no dead control and the source is visible under "LaTeX source".
 */
import 'katex/contrib/copy-tex';
import { formatEquation, type CopyFormatId, type EquationSource } from '../lib/copy-formats';
import { copyWithFeedback } from './clipboard';
import { FORMAT_EVENT, labelOf, rememberedFormat, shortLabel } from './copy-format-store';
import type { CopyMenu } from './copy-menu';

let menuModule: Promise<typeof import('./copy-menu')> | undefined;
const loadMenu = () => (menuModule ??= import('./copy-menu'));

class CopyLatex extends HTMLElement {
  #main: HTMLButtonElement | null = null;
  #toggle: HTMLButtonElement | null = null;
  #menu: CopyMenu | undefined;

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
      const toggle = this.#toggle;
      toggle.hidden = false;
      // Fetched as soon as the reader heads for the button, so it is there by the click.
      for (const event of ['pointerenter', 'focus']) toggle.addEventListener(event, () => void loadMenu(), { once: true });
      toggle.addEventListener('click', () => {
        void this.menu(toggle).then((menu) => {
          if (menu.isOpen) menu.close(true);
          else menu.open(0);
        });
      });
      toggle.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          void this.menu(toggle).then((menu) => {
            menu.open(event.key === 'ArrowDown' ? 0 : -1);
          });
        }
      });
    }
    const link = this.querySelector<HTMLButtonElement>('button.copy-link-button');
    const anchor = this.closest('figure')?.querySelector<HTMLAnchorElement>('a.equation-anchor');
    if (link && anchor) {
      link.hidden = false;
      link.addEventListener('click', () => void copyWithFeedback(anchor.href, link, `the link to ${this.name}`));
    }
    this.updateLabel();
    document.addEventListener(FORMAT_EVENT, () => {
      this.updateLabel();
    });
  }

  async menu(toggle: HTMLButtonElement): Promise<CopyMenu> {
    if (this.#menu) return this.#menu;
    const { CopyMenu } = await loadMenu();
    this.#menu ??= new CopyMenu({
      name: this.name,
      source: this.source,
      toggle,
      copy: (f) => this.copy(f),
      append: (n) => {
        this.append(n);
      },
    });
    return this.#menu;
  }

  updateLabel(): void {
    if (!this.#main) return;
    const format = this.format;
    this.#main.textContent = format === 'latex' ? 'Copy LaTeX' : `Copy as ${shortLabel(format)}`;
    this.#main.dataset['text'] = this.#main.textContent;
    this.#main.setAttribute('aria-label', `${this.#main.textContent} for ${this.name}`);
  }

  async copy(format: CopyFormatId): Promise<void> {
    const text = formatEquation(format, this.source);
    if (text === undefined || !this.#main) return;
    await copyWithFeedback(text, this.#main, `${labelOf(format)} for ${this.name}`, this.#toggle ?? this.#main);
  }
}

if (!customElements.get('copy-latex')) customElements.define('copy-latex', CopyLatex);
