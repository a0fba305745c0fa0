import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sharedPool, type Render, type Rendered } from './render-pool.ts';

/** Where the loader finds its files and what decides how they render. */
export interface MdxFilesOptions {
  /** Folder of the files, relative to the project root (or absolute). */
  base: string;
  /** Folders between `base` and a file: `<locale>/<id>.mdx` is 1, `<locale>/<tree>/<node>.mdx` is 2. */
  depth: 1 | 2;
  /**
   * A digest of everything besides a file's text that decides its HTML (the
   * remark and rehype plugins, the strings they print, the packages'
   * versions): a stored rendering is reused only when both are unchanged.
   */
  pipeline: string;
  /**
   * Worker threads to render a load's files in (render-pool.ts, one pool for
   * every loader; default one per core); 0 renders them here, with
   * renderMarkdown. A load with fewer than `workersFrom` files to render
   * (default WORKERS_FROM), and a changed file under the dev server, are
   * always rendered here.
   */
  workers?: number;
  workersFrom?: number;
}

/** Files rendered ahead of the one being stored: enough to keep every worker busy, few enough to hold little. */
const AHEAD = 32;

/**
 * Files to render from which workers pay for their start (each sets up Shiki,
 * about a second): at the real site's 384 files a cold build took 10.9 s
 * rendering here and 13.8 s in two workers; at 3,000, 70 s in workers.
 */
export const WORKERS_FROM = 1000;

/**
 * A content loader for `.mdx` files `depth` folders below `base`, id = the
 * path without `.mdx`, as the glob loader would give them.
 *
 * Each body is rendered while the content layer loads it, with the site's
 * Markdown pipeline (processor.ts, the one astro.config.mjs hands Astro's
 * `renderMarkdown`), and kept in the content store with its digest: a file
 * whose text and pipeline are unchanged is not rendered again by the next
 * build. The glob loader would instead hand every `.mdx` file to Vite as a
 * module to compile, bundle and run, which was most of the build (10.3 s of
 * 23 at 58 entries) and grows with every entry. The HTML is the same (every
 * built page compared); that holds because the content rule mdx-syntax keeps
 * every body to what MDX and Markdown read alike. The files a load renders
 * are rendered in worker threads, several at once, and stored in the order
 * listed.
 */
export function mdxFiles({ base, depth, pipeline, workers, workersFrom = WORKERS_FROM }: MdxFilesOptions): Loader {
  return {
    name: 'mdx-files',
    load: async (context) => {
      const root = resolve(fileURLToPath(context.config.root), base);
      const untouched = new Set(context.store.keys());
      const files = listMdx(root, depth).map((path) => read(context, root, path, pipeline));
      const changed = files.filter((f) => !f.stored);
      const pool = changed.length >= workersFrom && workers !== 0 ? sharedPool.acquire(workers) : undefined;
      const render: Render = pool?.render ?? ((contents, fileURL) => context.renderMarkdown(contents, { fileURL }));
      const rendering: Promise<Rendered>[] = [];
      const start = (i: number) => {
        const f = changed[i]!;
        rendering[i] = render(f.contents, pathToFileURL(f.path));
        // Awaited in order below; until then a failure is not an unhandled rejection.
        rendering[i].catch(() => undefined);
      };
      try {
        for (let i = 0; i < Math.min(AHEAD, changed.length); i++) start(i);
        let next = 0;
        for (const f of files) {
          untouched.delete(f.id);
          if (f.stored) continue;
          const i = next++;
          if (i + AHEAD < changed.length) start(i + AHEAD);
          const data = await f.data();
          store(context, f, data, await rendering[i]!);
        }
      } finally {
        if (pool) await sharedPool.release();
      }
      for (const id of untouched) context.store.delete(id);

      // The dev server: the same files as the listing, reloaded when they change.
      context.watcher?.add(root);
      context.watcher?.on('all', (event, path) => {
        if (!path.startsWith(root + sep) || !path.endsWith('.mdx')) return;
        const id = idOf(root, path);
        if (id.split('/').length !== depth + 1 || id.split('/').some((part) => part.startsWith('.'))) return;
        if (event === 'unlink') context.store.delete(id);
        else if (event === 'add' || event === 'change') {
          sync(context, root, path, pipeline).catch((error: unknown) =>
            context.logger.error(`could not reload ${path}: ${(error as Error).message}`),
          );
        }
      });
    },
  };
}

/** A digest of the files that decide how the pipeline renders: the given files, and every file under the given folders. */
export function pipelineDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash
        .update(`${relative(root, path)}\0`)
        .update(readFileSync(path))
        .update('\0');
    }
  };
  for (const p of paths) add(resolve(root, p));
  return hash.digest('base64url');
}

/** `.mdx` files exactly `depth` folders below `root`, in a stable order; hidden names skipped, links followed. */
function listMdx(root: string, depth: number): string[] {
  const found: string[] = [];
  if (!existsSync(root)) return found;
  const walk = (dir: string, level: number) => {
    // Stryker disable next-line MethodExpression: this machine's file system lists names in order already; others need not.
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      const kind = kindOf(e, path);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: walking deeper finds nothing more, files must sit at depth.
      if (kind === 'dir' && level < depth) walk(path, level + 1);
      else if (kind === 'file' && level === depth && e.name.endsWith('.mdx')) found.push(path);
    }
  };
  walk(root, 0);
  return found;
}

/** A directory entry as what it is or points to. */
function kindOf(e: Dirent, path: string): 'dir' | 'file' | 'other' {
  const s = e.isSymbolicLink() ? statSync(path) : e;
  return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
}

/** The id of a file under root: its path with `/` separators, without `.mdx` (every caller's path ends with it). */
const idOf = (root: string, path: string) => relative(root, path).split(sep).join('/').slice(0, -'.mdx'.length);

/** A listed file: its id and text, whether the store holds it unchanged, and its frontmatter's data (parsed on request). */
interface Listed {
  id: string;
  path: string;
  filePath: string;
  contents: string;
  digest: string;
  stored: boolean;
  body: () => string;
  data: () => Promise<Record<string, unknown>>;
}

/** Reads one file: its id, its digest with the pipeline's, and whether the store holds it unchanged. */
function read(context: LoaderContext, root: string, path: string, pipeline: string): Listed {
  const id = idOf(root, path);
  const contents = readFileSync(path, 'utf8');
  const filePath = relative(fileURLToPath(context.config.root), path).split(sep).join('/');
  const digest = context.generateDigest(`${pipeline}\0${contents}`);
  const stored = context.store.get(id)?.digest === digest;
  let parsed: ReturnType<typeof parseFrontmatter> | undefined;
  const frontmatter = () => {
    try {
      parsed ??= parseFrontmatter(contents);
    } catch (error) {
      throw new Error(`${filePath}: expected a YAML frontmatter that parses, found: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return parsed;
  };
  return {
    id,
    path,
    filePath,
    contents,
    digest,
    stored,
    body: () => frontmatter().content.trim(),
    data: () => context.parseData({ id, data: frontmatter().frontmatter, filePath: path }),
  };
}

/** Puts one rendered file into the store. */
function store(context: LoaderContext, f: Listed, data: Record<string, unknown>, rendered: Rendered): void {
  const assetImports = rendered.metadata?.imagePaths;
  context.store.set({
    id: f.id,
    data,
    body: f.body(),
    filePath: f.filePath,
    digest: f.digest,
    rendered,
    ...(assetImports?.length ? { assetImports } : {}),
  });
}

/** Loads one file into the store, rendered here, unless it is there unchanged; returns its id (the dev server's changes). */
async function sync(context: LoaderContext, root: string, path: string, pipeline: string): Promise<string> {
  const f = read(context, root, path, pipeline);
  if (f.stored) return f.id;
  const data = await f.data();
  store(context, f, data, await context.renderMarkdown(f.contents, { fileURL: pathToFileURL(path) }));
  return f.id;
}
