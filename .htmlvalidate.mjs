// @ts-check
/**
 * html-validate's configuration for the built site (tests/dist/html-validate.test.ts; also
 * found by editors and `npx html-validate dist/…`). The recommended preset, with only what
 * conflicts with KaTeX's generated markup turned off, each for the reason given beside it.
 */
import { Rule } from 'html-validate';

/**
 * KaTeX positions every glyph box with a style attribute, and the CSP allows inline style
 * attributes (style-src-attr) for that alone: the site's own markup must style with classes.
 */
class NoInlineStyleOutsideKatex extends Rule {
  /** @override */
  documentation() {
    return {
      description: 'Only KaTeX output (inside .katex) may carry a style attribute; style the site’s own markup in src/styles/site.css.',
    };
  }

  /** @override */
  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const element of document.querySelectorAll('[style]')) {
        if (element.closest('.katex')) continue;
        this.report(
          element,
          'Inline style outside KaTeX markup: use a class in src/styles/site.css',
          element.getAttribute('style')?.keyLocation,
        );
      }
    });
  }
}

/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  plugins: [{ name: 'ml-equations', rules: { 'ml-equations/no-inline-style-outside-katex': NoInlineStyleOutsideKatex } }],
  rules: {
    // KaTeX's HTML sets height, vertical-align, margins, top, … in style="…" on thousands of
    // spans per page; that is how it lays out math and cannot be moved to a stylesheet. The
    // rule below keeps the ban everywhere outside KaTeX's output.
    'no-inline-style': 'off',
    'ml-equations/no-inline-style-outside-katex': 'error',
  },
};
