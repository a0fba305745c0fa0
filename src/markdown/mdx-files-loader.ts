import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

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
}

/**
 * A content loader for `.mdx` files `depth` folders below `base`, id = the
 * path without `.mdx`, as the glob loader would give them.
 *
 * Each body is rendered while the content layer loads it, with the site's
 * Markdown pipeline (`renderMarkdown`, the remark and rehype plugins in
 * astro.config.mjs), and kept in the content store with its digest: a file
 * whose text and pipeline are unchanged is not rendered again by the next
 * build. The glob loader would instead hand every `.mdx` file to Vite as a
 * module to compile, bundle and run, which was most of the build (10.3 s of
 * 23 at 58 entries) and grows with every entry. The HTML is the same (every
 * built page compared); that holds because the content rule mdx-syntax keeps
 * every body to what MDX and Markdown read alike.
 */
export function mdxFiles({ base, depth, pipeline }: MdxFilesOptions): Loader {
  return {
    name: 'mdx-files',
    load: async (context) => {
      const root = resolve(fileURLToPath(context.config.root), base);
      const untouched = new Set(context.store.keys());
      for (const path of listMdx(root, depth)) {
        untouched.delete(await sync(context, root, path, pipeline));
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

/** Loads one file into the store unless it is there unchanged; returns its id. */
async function sync(context: LoaderContext, root: string, path: string, pipeline: string): Promise<string> {
  const id = idOf(root, path);
  const contents = readFileSync(path, 'utf8');
  const filePath = relative(fileURLToPath(context.config.root), path).split(sep).join('/');
  const digest = context.generateDigest(`${pipeline}\0${contents}`);
  if (context.store.get(id)?.digest === digest) return id;
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(contents);
  } catch (error) {
    throw new Error(`${filePath}: expected a YAML frontmatter that parses, found: ${(error as Error).message}`, { cause: error });
  }
  const data = await context.parseData({ id, data: parsed.frontmatter, filePath: path });
  const rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(path) });
  const assetImports = rendered.metadata?.imagePaths;
  context.store.set({
    id,
    data,
    body: parsed.content.trim(),
    filePath,
    digest,
    rendered,
    ...(assetImports?.length ? { assetImports } : {}),
  });
  return id;
}
