import { defineCollection } from 'astro:content';
import { checkTree } from './lib/content-check.ts';
import { ContentError } from './lib/errors.ts';
import { siteConfig } from './lib/site-config.ts';
import { mdxFiles } from './markdown/mdx-files-loader.ts';
import { entrySchema } from './schemas/entry.ts';
import { triageNodeSchema } from './schemas/triage.ts';

const { contentDir } = siteConfig();

const entryFiles = mdxFiles({ base: `${contentDir}/faq`, depth: 1 });

/**
 * FAQ entries, id `<locale>/<entry-id>`. The whole tree is checked before
 * Astro loads it, so a bad entry fails the build with every problem listed.
 */
const faq = defineCollection({
  loader: {
    name: 'faq-checked',
    load: async (context) => {
      // ShellCheck is Debian's; a machine without it still builds (npm test and CI require it).
      const report = await checkTree(contentDir, process.cwd(), { shellcheck: 'if-present' });
      if (report.problems.length > 0) throw new ContentError(report.problems);
      await entryFiles.load(context);
    },
  },
  schema: entrySchema,
});

/**
 * Triage nodes, id `<locale>/<tree>/<node>`. The faq loader's check above
 * covers them too (it needs the entries to check where answers lead).
 */
const triage = defineCollection({
  loader: mdxFiles({ base: `${contentDir}/triage`, depth: 2 }),
  schema: triageNodeSchema,
});

export const collections = { faq, triage };
