import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkTree } from './lib/content-check.ts';
import { ContentError } from './lib/errors.ts';
import { siteConfig } from './lib/site-config.ts';
import { entrySchema } from './schemas/entry.ts';
import { triageNodeSchema } from './schemas/triage.ts';

const { contentDir } = siteConfig();

const files = glob({
  pattern: '*/*.mdx',
  base: `${contentDir}/faq`,
  // Keep the file name as written: the content check rejects ids that are not kebab-case.
  generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
});

/**
 * FAQ entries, id `<locale>/<entry-id>`. The whole tree is checked before
 * Astro loads it, so a bad entry fails the build with every problem listed.
 */
const faq = defineCollection({
  loader: {
    name: 'faq-checked-glob',
    load: async (context) => {
      // ShellCheck is Debian's; a machine without it still builds (npm test and CI require it).
      const report = await checkTree(contentDir, process.cwd(), { shellcheck: 'if-present' });
      if (report.problems.length > 0) throw new ContentError(report.problems);
      await files.load(context);
    },
  },
  schema: entrySchema,
});

/**
 * Triage nodes, id `<locale>/<tree>/<node>`. The faq loader's check above
 * covers them too (it needs the entries to check where answers lead).
 */
const triage = defineCollection({
  loader: glob({
    pattern: '*/*/*.mdx',
    base: `${contentDir}/triage`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: triageNodeSchema,
});

export const collections = { faq, triage };
