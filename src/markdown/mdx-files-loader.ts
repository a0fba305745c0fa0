import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * A content loader for `.mdx` files `depth` folders below `base`
 * (`<locale>/<id>.mdx`: 1; `<locale>/<tree>/<node>.mdx`: 2), id = the path
 * without `.mdx`, as the glob loader would give them.
 *
 * Each body is rendered while the content layer loads it, with the site's
 * Markdown pipeline (`renderMarkdown`, the remark and rehype plugins in
 * astro.config.mjs), and kept in the content store with its digest: an
 * unchanged file is not rendered again by the next build. The glob loader
 * would instead hand every `.mdx` file to Vite as a module to compile, bundle
 * and run, which was most of the build (10.3 s of 23 at 58 entries) and
 * grows with every entry. The HTML is the same (every built page compared);
 * that holds because the content rule mdx-syntax keeps every body to what MDX
 * and Markdown read alike: no components, imports, expressions or indented code.
 */
export function mdxFiles({ base, depth }: { base: string; depth: 1 | 2 }): Loader {
  return {
    name: 'mdx-files',
    load: async (context) => {
      const root = resolve(fileURLToPath(context.config.root), base);
      const untouched = new Set(context.store.keys());
      for (const path of listMdx(root, depth)) {
        untouched.delete(await sync(context, root, path));
      }
      for (const id of untouched) context.store.delete(id);

      context.watcher?.on('all', (event, path) => {
        if (!path.startsWith(root + sep) || !path.endsWith('.mdx')) return;
        if (event === 'unlink') context.store.delete(idOf(root, path));
        else if (event === 'add' || event === 'change') void sync(context, root, path);
      });
    },
  };
}

/** `.mdx` files exactly `depth` folders below `root`, in a stable order. */
function listMdx(root: string, depth: number): string[] {
  const found: string[] = [];
  if (!existsSync(root)) return found;
  const walk = (dir: string, level: number) => {
    // Stryker disable next-line MethodExpression: this machine's file system lists names in order already; others need not.
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: walking deeper finds nothing more, files must sit at depth.
      if (e.isDirectory() && level < depth) walk(join(dir, e.name), level + 1);
      else if (e.isFile() && level === depth && e.name.endsWith('.mdx')) found.push(join(dir, e.name));
    }
  };
  walk(root, 0);
  return found;
}

/** The id of a file under root: its path with `/` separators, without `.mdx` (every caller's path ends with it). */
const idOf = (root: string, path: string) => relative(root, path).split(sep).join('/').slice(0, -'.mdx'.length);

/** Loads one file into the store unless it is there unchanged; returns its id. */
async function sync(context: LoaderContext, root: string, path: string): Promise<string> {
  const id = idOf(root, path);
  const contents = readFileSync(path, 'utf8');
  const digest = context.generateDigest(contents);
  if (context.store.get(id)?.digest === digest) return id;
  const { frontmatter, content } = parseFrontmatter(contents);
  const filePath = relative(fileURLToPath(context.config.root), path).split(sep).join('/');
  const data = await context.parseData({ id, data: frontmatter, filePath: path });
  const rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(path) });
  context.store.set({ id, data, body: content.trim(), filePath, digest, rendered });
  return id;
}
