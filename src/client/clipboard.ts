/**
 * Clipboard writing with an honest fallback, shared by the copy controls. When the
 * Clipboard API is missing or refused (insecure origin, iframe, old browser), the text is
 * shown selected in a read-only box next to the control and the user is told to press
 * Ctrl/⌘+C. It never fails silently.
 */
export function announce(message: string): void {
  const region = document.getElementById('live-region');
  if (!region) return;
  region.textContent = '';
  // Setting the text after a tick makes screen readers announce a repeated message.
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

export const copyShortcut = (): string => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘+C' : 'Ctrl+C');

/** Shows `text` selected in a read-only box after `anchor`, for a manual copy. */
function showForManualCopy(anchor: Element, text: string): HTMLTextAreaElement {
  let box = anchor.parentElement?.querySelector<HTMLTextAreaElement>('textarea.manual-copy');
  if (!box) {
    box = document.createElement('textarea');
    box.className = 'manual-copy';
    box.readOnly = true;
    box.setAttribute('aria-label', `Text to copy: press ${copyShortcut()}`);
    anchor.after(box);
  }
  box.value = text;
  box.rows = Math.min(8, text.split('\n').length + 1);
  box.focus();
  box.select();
  return box;
}

/** Copies `text`; returns true on success, false when it fell back to a manual copy. */
export async function copyText(text: string, anchor: Element): Promise<boolean> {
  try {
    if (!('clipboard' in navigator)) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    anchor.parentElement?.querySelector('textarea.manual-copy')?.remove();
    return true;
  } catch {
    showForManualCopy(anchor, text);
    return false;
  }
}

/** Shows `text` on a button for two seconds, then restores its label. */
export function flash(button: HTMLButtonElement, text: string): void {
  const original = button.dataset['text'] ?? button.textContent;
  button.dataset['text'] = original;
  button.textContent = text;
  window.clearTimeout(Number(button.dataset['timer']));
  button.dataset['timer'] = String(
    window.setTimeout(() => {
      button.textContent = button.dataset['text'] ?? original;
    }, 2000),
  );
}

/**
 * Copies `text` for a button and says how it went: "Copied" on the button and `Copied <what>`
 * to screen readers, or the manual-copy box and its shortcut. `what` reads after "Copied",
 * e.g. "the BibTeX citation"; `anchor` is where a manual-copy box goes (the button by default).
 */
export async function copyWithFeedback(text: string, button: HTMLButtonElement, what: string, anchor: Element = button): Promise<boolean> {
  const copied = await copyText(text, anchor);
  flash(button, copied ? 'Copied' : `Press ${copyShortcut()}`);
  announce(copied ? `Copied ${what}` : `Could not copy automatically. The text is selected: press ${copyShortcut()} to copy ${what}.`);
  return copied;
}
