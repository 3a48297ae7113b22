/**
 * <copy-latex>: the copy button of one equation figure. It copies the text of the figure's
 * `code.latex-source`, the exact `$$` source. The button stays hidden until this runs, so
 * without JavaScript there is no dead control (the source is visible under "LaTeX source").
 */
export function announce(message: string): void {
  const region = document.getElementById('live-region');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers announce repeated messages.
  window.setTimeout(() => (region.textContent = message), 50);
}

/** Selects the element's text so the user can press Ctrl/⌘+C when the Clipboard API is unavailable. */
function selectText(element: Element): void {
  const details = element.closest('details');
  if (details) details.open = true;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

class CopyLatex extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const source = this.closest('figure')?.querySelector('code.latex-source');
    if (!button || !source) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      void this.copy(button, source.textContent);
    });
  }

  async copy(button: HTMLButtonElement, text: string): Promise<void> {
    try {
      // Missing on insecure origins and in some embedded browsers.
      if (!('clipboard' in navigator)) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(text);
      this.flash(button, 'Copied');
      announce('Copied LaTeX to the clipboard');
    } catch {
      const source = this.closest('figure')?.querySelector('code.latex-source');
      if (source) selectText(source);
      const hint = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Press ⌘+C to copy' : 'Press Ctrl+C to copy';
      this.flash(button, hint);
      announce(`Could not copy automatically. The LaTeX is selected. ${hint}.`);
    }
  }

  flash(button: HTMLButtonElement, text: string): void {
    const original = button.dataset['text'] ?? button.textContent;
    button.dataset['text'] = original;
    button.textContent = text;
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => (button.textContent = original), 2000);
  }
}

if (!customElements.get('copy-latex')) customElements.define('copy-latex', CopyLatex);
