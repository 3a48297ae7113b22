/**
 * The Copy button's format: LaTeX unless the reader chose another from the copy menu, kept in
 * localStorage and announced to every copy control on the page. Shared by copy-latex.ts and
 * the lazily loaded copy-menu.ts.
 */
import { COPY_FORMATS, isCopyFormat, type CopyFormatId } from '../lib/copy-formats';

export const STORAGE_KEY = 'ml-equations:copy-format';
export const FORMAT_EVENT = 'ml-equations:copy-format';

export function rememberedFormat(): CopyFormatId {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isCopyFormat(value) ? value : 'latex';
  } catch {
    return 'latex';
  }
}

export function remember(format: CopyFormatId): void {
  try {
    if (format === 'latex') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, format);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent(FORMAT_EVENT, { detail: format }));
}

const formatInfo = (format: CopyFormatId) => COPY_FORMATS.find((f) => f.id === format) ?? COPY_FORMATS[0];
export const labelOf = (format: CopyFormatId) => formatInfo(format).label;
export const shortLabel = (format: CopyFormatId) => formatInfo(format).short;
