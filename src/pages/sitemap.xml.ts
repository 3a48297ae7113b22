import type { APIRoute } from 'astro';
import { CATEGORIES } from '../lib/categories';
import { getEquations } from '../lib/equations';
import { categoryPath, equationPath, withBase } from '../lib/urls';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const paths = [
    withBase('/'),
    withBase('/search/'),
    ...CATEGORIES.map((c) => categoryPath(c.id)),
    ...(await getEquations()).map((e) => equationPath(e.id)),
  ];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
