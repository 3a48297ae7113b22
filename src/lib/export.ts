import type { EquationData, PaperData } from './schema';
import { displayLatex } from './latex-blocks';
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
}

export interface ExportDocument {
  count: number;
  equations: ExportedEquation[];
}

export interface ExportInput {
  id: string;
  data: EquationData;
  body: string;
}

/** Builds the export document from entries; `site` makes URLs absolute. */
export function createExport(entries: readonly ExportInput[], options: { base?: string; site?: URL | string } = {}): ExportDocument {
  const equations = entries.map(({ id, data, body }): ExportedEquation => {
    const path = equationPath(id, options.base);
    return {
      id,
      title: data.title,
      category: data.category,
      summary: data.summary,
      aliases: [...data.aliases],
      tags: [...data.tags],
      url: options.site ? new URL(path, options.site).href : path,
      latex: displayLatex(body),
      paper: data.paper ?? null,
      related: [...data.related],
    };
  });
  return { count: equations.length, equations };
}
