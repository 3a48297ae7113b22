import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CONTENT_DIR as CONTENT } from '../../src/config';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT_DIR = join(ROOT, CONTENT);

export interface RawEntry {
  id: string;
  /** Path relative to the repository root, for messages. */
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** The whole file as written. */
  text: string;
}

/** Reads every entry straight from disk, the way a contributor sees them. */
export function readEntries(dir = CONTENT_DIR): RawEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      const { frontmatter, content } = parseFrontmatter(text);
      return { id: basename(path, '.md'), file: relative(ROOT, path), frontmatter, body: content, text };
    });
}
