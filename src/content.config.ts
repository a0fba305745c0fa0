import { spawn } from 'node:child_process';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, type Problem } from './lib/errors.ts';
import { siteConfig } from './lib/site-config.ts';
import { mdxFiles, pipelineDigest } from './markdown/mdx-files-loader.ts';
import { entrySchema } from './schemas/entry.ts';
import { triageNodeSchema } from './schemas/triage.ts';

const { contentDir } = siteConfig();

/**
 * What besides a file's text decides its HTML: the Markdown config, the
 * plugins and everything they import from src/ (labels, UI strings, helpers),
 * the loader, and the renderer's and highlighter's versions. When any of it
 * changes, every file is rendered again; otherwise a build reuses the stored HTML.
 */
const pipeline = pipelineDigest(
  process.cwd(),
  ['astro.config.mjs', 'src/markdown', 'src/lib', 'src/i18n', 'src/schemas'],
  ['astro', '@astrojs/markdown-remark', 'shiki'],
);

/**
 * The whole tree is checked once per build, in a child process
 * (scripts/check-content.ts --json) that runs on the other core while this
 * one renders. Each loader waits for it before it finishes, and when loading
 * itself fails, the check's list goes first if it found anything: a bad entry
 * or node fails the build with every problem listed, file and line.
 */
let check: Promise<void> | undefined;
function checked(): Promise<void> {
  if (!check) {
    check = new Promise((resolve, reject) => {
      // ShellCheck is Debian's; a machine without it still builds (npm test and CI require it).
      const args = ['scripts/check-content.ts', contentDir, '--json', '--shellcheck-if-present'];
      const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        let problems: Problem[];
        try {
          problems = (JSON.parse(out) as { problems: Problem[] }).problems;
        } catch {
          reject(new Error(`the content check (${args.join(' ')}) exited with ${code} and no report:\n${out}`));
          return;
        }
        if (problems.length > 0) reject(new ContentError(problems));
        else resolve();
      });
    });
    // Awaited by the loaders; until then a failure is not an unhandled rejection.
    check.catch(() => undefined);
  }
  return check;
}

/** Loads with `loader` while the check runs; the check's problems win over the loader's own failure. */
async function loadChecked(loader: Loader, context: LoaderContext): Promise<void> {
  const done = checked();
  try {
    await loader.load(context);
  } catch (error) {
    await done;
    throw error;
  }
  await done;
}

const entryFiles = mdxFiles({ base: `${contentDir}/faq`, depth: 1, pipeline });
const triageFiles = mdxFiles({ base: `${contentDir}/triage`, depth: 2, pipeline });

/** FAQ entries, id `<locale>/<entry-id>`. */
const faq = defineCollection({
  loader: {
    name: 'faq-checked',
    load: (context) => loadChecked(entryFiles, context),
  },
  schema: entrySchema,
});

/** Triage nodes, id `<locale>/<tree>/<node>`, checked with the entries (answers lead to them). */
const triage = defineCollection({
  loader: {
    name: 'triage-checked',
    load: (context) => loadChecked(triageFiles, context),
  },
  schema: triageNodeSchema,
});

export const collections = { faq, triage };
