/**
 * Internal URLs always go through these helpers so the site works under any `base`
 * (e.g. GitHub Pages project sites at `/ml-equations/`).
 */
const BASE = import.meta.env.BASE_URL;

/** Joins the configured base with a site-relative path: `withBase('/softmax/')` → `/ml-equations/softmax/`. */
export function withBase(path: string, base: string = BASE): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}

export const equationPath = (id: string, base?: string): string => withBase(`/equations/${id}/`, base);
export const categoryPath = (id: string, base?: string): string => withBase(`/${id}/`, base);
