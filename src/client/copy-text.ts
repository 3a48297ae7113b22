/**
 * <copy-text>: a button that copies the text of the element named by `data-target`
 * (used for the BibTeX citation). Hidden until this runs; the text itself stays visible.
 */
import { copyWithFeedback } from './clipboard';

class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const target = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !target) return;
    button.hidden = false;
    button.addEventListener('click', () => void copyWithFeedback(target.textContent, button, `the ${this.dataset['what'] ?? 'text'}`));
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
