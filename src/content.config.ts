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
 * What besides a file's text decides its HTML and data: the Markdown config,
 * the plugins and everything they import from src/ (labels, UI strings,
 * helpers, schemas), the loader, and every installed package's version (the
 * lockfile: the renderer takes its remark and rehype packages by caret
 * range). When any of it changes, every file is rendered again; otherwise a
 * build reuses the stored HTML.
 */
const pipeline = pipelineDigest(process.cwd(), [
  'astro.config.mjs',
  'src/markdown',
  'src/lib',
  'src/i18n',
  'src/schemas',
  'package-lock.json',
]);

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
      child.on('close', (code, signal) => {
        let problems: Problem[] | undefined;
        try {
          problems = (JSON.parse(out) as { problems: Problem[] }).problems;
        } catch {
          problems = undefined;
        }
        if (problems?.length) reject(new ContentError(problems));
        else if (problems && code === 0) resolve();
        else
          reject(
            new Error(
              `the content check (${args.join(' ')}) ended with ${signal ?? `exit code ${code}`} and no problem reported:\n${out}`,
            ),
          );
      });
    });
    // Awaited by the loaders; until then a failure is not an unhandled rejection.
    check.catch(() => undefined);
  }
  return check;
}

/**
 * Loads with `loader` while the check runs. The check's problems fail the
 * load as soon as they are known, and win over the loader's own failure.
 */
async function loadChecked(loader: Loader, context: LoaderContext): Promise<void> {
  const done = checked();
  await Promise.all([
    done,
    loader.load(context).catch(async (error: unknown) => {
      await done;
      throw error;
    }),
  ]);
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
