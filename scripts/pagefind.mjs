// Indexes the built site with Pagefind. A checked build step: any error from
// Pagefind, or an index with no pages, fails the build.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { htmlLang, isLocale } from '../src/i18n/locales.ts';
import { byCodeUnits } from '../src/lib/search/normalize.ts';
import { pagefindPages } from '../src/lib/search/pagefind-pages.ts';
import { SPLIT_ABOVE, splitIndex } from '../src/lib/search/search-data.ts';
import { htmlFiles } from './site-files.mjs';

const outDir = process.env.KB_OUT_DIR ?? 'dist';
/** Pages handed to Pagefind's service at once. */
const IN_FLIGHT = 32;
/** Languages with more entries than this ship their search data split (a smaller number here measures the split form). */
const splitAbove = Number(process.env.KB_SEARCH_SPLIT_ABOVE ?? SPLIT_ABOVE);

/**
 * One Pagefind run per language, one after the other, each in a service of its
 * own: Pagefind holds a run's whole index in memory (about 0.5 MB a page), so
 * at 10,000 entries per language one run for all three held 8.7 GB. Each run
 * writes its language's files into the same bundle; the entry file, which
 * each run writes with only its own language, is merged at the end, so the
 * bundle is the one a single run would write.
 */
async function main() {
  const byLang = new Map();
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const lang = /^\/([a-z]{2})\//.exec(url)?.[1];
    if (!isLocale(lang)) throw new Error(`pagefind: expected ${file} under a language folder, found ${url}`);
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang).push({ file, url });
  }
  if (byLang.size === 0) throw new Error(`pagefind: expected entry pages marked data-pagefind-body in ${outDir}, found none`);
  const bundle = `${outDir}/pagefind`;
  const languages = {};
  let entry;
  for (const [lang, unsorted] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    // Added in id order (code units): Pagefind numbers pages as they are added, and a split language's
    // search data numbers its entries by Pagefind's list (src/lib/search/search-data.ts).
    const idOf = (url) => url.split('/').at(-2);
    const files = [...unsorted].sort((a, b) => byCodeUnits(idOf(a.url), idOf(b.url)));
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (errors.length || !index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
      // Several pages in flight at once keep the service busy while this side reads the next ones.
      for (let i = 0; i < files.length; i += IN_FLIGHT) {
        await Promise.all(
          files.slice(i, i + IN_FLIGHT).map(async ({ file, url }) => {
            const added = await index.addHTMLFile({ url, content: spaced(readFileSync(file, 'utf8')) });
            if (added.errors.length) throw new Error(`pagefind: indexing ${file} failed: ${added.errors.join('; ')}`);
          }),
        );
      }
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(`pagefind: writing the ${lang} index failed: ${written.errors.join('; ')}`);
    } finally {
      // The service ends with its run, and the memory it held goes with it.
      await pagefind.close();
    }
    entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    // Pagefind names a language by the pages' <html lang>: a folder whose pages say another language
    // would take that language's place in the bundle, and the search would find nothing there.
    const own = Object.keys(entry.languages);
    const expected = htmlLang(lang).toLowerCase();
    if (own.length !== 1 || own[0] !== expected)
      throw new Error(
        `pagefind: expected the pages under /${lang}/ to be indexed as one language, "${expected}" (their <html lang>), found ${own.map((l) => `"${l}"`).join(', ') || 'none'}`,
      );
    Object.assign(languages, entry.languages);
  }
  writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages }));
  const maps = writeIdMaps(outDir, bundle, languages);
  const pages = [...byLang.values()].reduce((n, list) => n + list.length, 0);
  console.log(`pagefind: indexed ${pages} pages into ${bundle}, one run per language (${maps})`);
}

/**
 * The page as Pagefind should read it: Pagefind joins the text of neighbouring
 * elements it does not know as blocks without a space, so a code caption ran
 * into its command ("Terminalkubectl") and table cells into each other
 * ("Log lineMeaning") in excerpts and in the words indexed. A space after each
 * such element keeps them apart; the page itself is not changed.
 */
function spaced(html) {
  return html.replace(/<\/(figcaption|th|td|dt|dd)>/g, '$& ');
}

/**
 * Adds Pagefind's page ids, mapped to entry ids, to each language's
 * `search-index.json` (as `pages`), so the search can fuse and re-rank
 * results without downloading every fragment, and without a file of its own
 * to fetch before the first result. A language of more than `splitAbove`
 * entries then has its search data split (src/lib/search/search-data.ts):
 * the core in `search-index.json`, the parts under `search-index/`.
 */
function writeIdMaps(site, dir, languages) {
  const maps = {};
  const split = {};
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const raw = gunzipSync(readFileSync(join(dir, 'fragment', name))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{')));
    const m = /\/([a-z]{2})\/faq\/([a-z0-9-]+)\/$/.exec(url);
    if (!m) throw new Error(`pagefind: expected only entry pages in the index, found ${url}`);
    (maps[m[1]] ??= {})[name.replace(/\.pf_fragment$/, '')] = m[2];
  }
  for (const [lang, map] of Object.entries(maps)) {
    const file = join(site, lang, 'search-index.json');
    if (!existsSync(file)) throw new Error(`pagefind: expected ${file} (written by the build) to add page ids to, found none`);
    const index = { ...JSON.parse(readFileSync(file, 'utf8')), pages: map };
    const parts = join(site, lang, 'search-index');
    rmSync(parts, { recursive: true, force: true });
    if (index.entries.length <= splitAbove) {
      writeFileSync(file, JSON.stringify(index));
      continue;
    }
    // Entries numbered in Pagefind's page order, which the browser reads from the same file.
    const meta = `pagefind.${languages[htmlLang(lang).toLowerCase()].hash}.pf_meta`;
    const pageIds = pagefindPages(gunzipSync(readFileSync(join(dir, meta))));
    const { core, files } = splitIndex(index, { file: meta, pageIds });
    writeFileSync(file, JSON.stringify(core));
    const made = new Set();
    for (const [path, json] of files) {
      const out = join(parts, core.version, path);
      if (!made.has(dirname(out))) {
        mkdirSync(dirname(out), { recursive: true });
        made.add(dirname(out));
      }
      writeFileSync(out, json);
    }
    split[lang] = files.size;
  }
  return Object.entries(maps)
    .map(
      ([lang, map]) =>
        `${lang}: ${Object.keys(map).length} entries${split[lang] ? `, search data split in ${split[lang]} files` : ''}`,
    )
    .join(', ');
}

await main();
