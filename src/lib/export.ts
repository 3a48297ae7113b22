import type { EquationData, PaperData } from './schema';
import { equationPath } from './urls';

/** One entry as published in `/equations.json` (the open-data contract; see README). */
export interface ExportedEquation {
  id: string;
  title: string;
  category: string;
  summary: string;
  aliases: string[];
  tags: string[];
  /** Absolute URL when `site` is configured, else a site-relative path. */
  url: string;
  /** Exact source of each `$$` block, in order (trimmed). */
  latex: string[];
  paper: PaperData | null;
  related: string[];
  /** Whether a numerical check against a reference implementation passed (src/verification/). */
  verified: boolean;
  /** Why the entry has no numerical check (its frontmatter `unverified`); null when it has one. */
  unverified: string | null;
}

export interface ExportDocument {
  count: number;
  /** How many entries are numerically verified. */
  verified: number;
  equations: ExportedEquation[];
}

export interface ExportInput {
  id: string;
  data: EquationData;
  /** Exact source of each display equation, in order (the loader's `parts.display`). */
  latex: readonly string[];
}

export interface ExportOptions {
  base?: string;
  /** Makes URLs absolute. */
  site?: URL | string;
  /** Runs an entry's numerical checks on its `$$` blocks (default: none is verified). */
  verify?: (id: string, latex: string[]) => boolean;
}

/** Builds the export document from entries. */
export function createExport(entries: readonly ExportInput[], options: ExportOptions = {}): ExportDocument {
  const verify = options.verify ?? (() => false);
  const equations = entries.map(({ id, data, latex: blocks }): ExportedEquation => {
    const path = equationPath(id, options.base);
    const latex = [...blocks];
    return {
      id,
      title: data.title,
      category: data.category,
      summary: data.summary,
      aliases: [...data.aliases],
      tags: [...data.tags],
      url: options.site ? new URL(path, options.site).href : path,
      latex,
      paper: data.paper ?? null,
      related: [...data.related],
      verified: verify(id, latex),
      unverified: data.unverified ?? null,
    };
  });
  return { count: equations.length, verified: equations.filter((e) => e.verified).length, equations };
}
