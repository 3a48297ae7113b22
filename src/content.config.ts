import { defineCollection } from 'astro:content';
import { equationLoader } from './lib/equation-loader';
import { equationSchema } from './lib/schema';

/** One Markdown file per equation under content/equations/ (any sub-folder); id = file name. */
const equations = defineCollection({
  loader: equationLoader({ base: 'content/equations' }),
  schema: equationSchema,
});

export const collections = { equations };
