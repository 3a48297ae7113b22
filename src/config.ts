/**
 * The site's settings, in one place. Builds read `SITE` and `BASE` from the environment so one
 * configuration serves local previews, GitHub Pages and any static host. Plain TypeScript with
 * no imports, so Node scripts (and `.ci/run`, through Node) can read it too.
 */

/** The site's name, in titles, the header and metadata. */
export const SITE_NAME = 'ML Equations';

/** Where the entries live, relative to the project root: `<category>/<id>.md` and `<id>.check.ts`. */
export const CONTENT_DIR = 'content/equations';

/** The sub-path the site is served under, with slashes at both ends (e.g. `/ml-equations/`); `BASE`. */
export const BASE = `/${(process.env['BASE'] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** The origin the site is published at (canonical URLs, the sitemap); `SITE`. */
export const SITE = process.env['SITE'] || 'http://127.0.0.1:4321';

/**
 * The Debian packages that give pdflatex with amsmath, amssymb/amsfonts and bm, for the test
 * that compiles every equation (tests/latex); `.ci/run` installs them, the preflight names them.
 */
export const TEXLIVE_PACKAGES = ['texlive-latex-base', 'texlive-latex-recommended', 'texlive-fonts-recommended'] as const;

/** The pdflatex the LaTeX tests run; `PDFLATEX_PATH`. */
export const PDFLATEX = process.env['PDFLATEX_PATH'] ?? 'pdflatex';

/** The LaTeX packages those must provide (checked with kpsewhich). */
export const TEX_STYLES = ['amssymb.sty', 'bm.sty'] as const;
