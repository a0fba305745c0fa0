// The Starlight site `npm run bench -- --compare` measures ours against: the
// same entries (title, summary as description, the MDX body as written) in
// Astro Starlight, zh/ja/en, built in its own folder with its own
// package.json. Its dependencies are installed there the first time a
// comparison runs (never by the project's `npm install`) and kept in
// node_modules/.cache/, so later comparisons reuse them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localeKeys } from '../src/i18n/locales.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
/** Where the Starlight project lives between runs. */
export const STARLIGHT_DIR = resolve('node_modules/.cache/kb-bench-starlight');

const PACKAGE = {
  name: 'kb-bench-starlight',
  private: true,
  type: 'module',
  // Starlight's current major on the same Astro major as the site.
  dependencies: { astro: '^7.3.5', '@astrojs/starlight': '^0.42.4' },
};

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://ack-network-kb.example.com',
  integrations: [
    starlight({
      title: 'ACK Network Troubleshooting',
      defaultLocale: 'en',
      locales: {
        zh: { label: '中文', lang: 'zh-CN' },
        ja: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** One entry as a Starlight page: its title and summary (as description) over the body as written. */
export function starlightPage(mdx) {
  const { data, body, error } = splitFrontmatter(mdx);
  if (error) throw new Error(`starlight-site: ${error.message}`);
  const field = (name) => {
    if (typeof data?.[name] !== 'string') throw new Error(`starlight-site: expected a ${name} in the frontmatter`);
    // A JSON string is a YAML string.
    return JSON.stringify(data[name]);
  };
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\n${body}`;
}

/** Writes the Starlight project with the entries of `contentDir`, installs it once, builds it; returns its dist and build seconds. */
export function buildStarlight(contentDir = 'content') {
  mkdirSync(join(STARLIGHT_DIR, 'src'), { recursive: true });
  writeFileSync(join(STARLIGHT_DIR, 'package.json'), `${JSON.stringify(PACKAGE, null, 2)}\n`);
  writeFileSync(join(STARLIGHT_DIR, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(STARLIGHT_DIR, 'src', 'content.config.ts'), COLLECTIONS);
  if (!existsSync(join(STARLIGHT_DIR, 'node_modules', '@astrojs', 'starlight'))) {
    console.log('bench: installing Starlight for the comparison (once)…');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT_DIR, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('bench: npm install of the Starlight comparison failed');
  }
  const docs = join(STARLIGHT_DIR, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const lang of localeKeys) {
    mkdirSync(join(docs, lang, 'faq'), { recursive: true });
    writeFileSync(join(docs, lang, 'index.mdx'), '---\ntitle: ACK Network Troubleshooting\n---\n');
    for (const file of readdirSync(join(contentDir, 'faq', lang))) {
      writeFileSync(join(docs, lang, 'faq', file), starlightPage(readFileSync(join(contentDir, 'faq', lang, file), 'utf8')));
    }
  }
  rmSync(join(STARLIGHT_DIR, 'dist'), { recursive: true, force: true });
  // A cold build, as ours is timed: no content store from the last run.
  rmSync(join(STARLIGHT_DIR, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(STARLIGHT_DIR, '.astro'), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  // The site's own Node 24 (process.execPath under npm run) runs Starlight's Astro too.
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: STARLIGHT_DIR,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench: Starlight build failed\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  return { dist: join(STARLIGHT_DIR, 'dist'), seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
