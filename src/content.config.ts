import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from './config';
import { equationLoader } from './lib/equation-loader';
import { equationSchema } from './lib/schema';
import { VERIFICATIONS } from './verification';

/**
 * One Markdown file per equation under content/equations/ (any sub-folder); id = file name.
 * The loader validates every file (and runs the numerical checks) before rendering.
 */
const equations = defineCollection({
  loader: equationLoader({ base: CONTENT_DIR, verifications: VERIFICATIONS }),
  schema: equationSchema,
});

export const collections = { equations };
