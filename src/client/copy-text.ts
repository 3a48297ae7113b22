/**
 * <copy-text>: a button that copies the text of the element named by `data-target`
 * (used for the BibTeX citation). Hidden until this runs; the text itself stays visible.
 */
import { announce, copyShortcut, copyText, flash } from './clipboard';

class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const target = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !target) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      void (async () => {
        const what = this.dataset['what'] ?? 'text';
        if (await copyText(target.textContent, button)) {
          flash(button, 'Copied');
          announce(`Copied the ${what}`);
        } else {
          flash(button, `Press ${copyShortcut()}`);
          announce(`Could not copy automatically. The ${what} is selected: press ${copyShortcut()} to copy.`);
        }
      })();
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
