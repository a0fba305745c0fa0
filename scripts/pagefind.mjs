// Indexes the built site with Pagefind. A checked build step: any error from
// Pagefind, or an index with no pages, fails the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

const outDir = process.env.KB_OUT_DIR ?? 'dist';

async function main() {
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length || !index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content: spaced(html) });
    if (added.errors.length) throw new Error(`pagefind: indexing ${file} failed: ${added.errors.join('; ')}`);
    pages++;
  }
  if (pages === 0) throw new Error(`pagefind: expected entry pages marked data-pagefind-body in ${outDir}, found none`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
  const maps = writeIdMaps(`${outDir}/pagefind`);
  console.log(`pagefind: indexed ${pages} pages into ${outDir}/pagefind (${maps})`);
}

/** Every .html file under `dir`. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
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
 * Writes `kb-ids-<lang>.json`, mapping Pagefind's page ids to entry ids, so the
 * search can fuse and re-rank results without downloading every fragment.
 */
function writeIdMaps(dir) {
  const maps = {};
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const raw = gunzipSync(readFileSync(join(dir, 'fragment', name))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{')));
    const m = /\/([a-z]{2})\/faq\/([a-z0-9-]+)\/$/.exec(url);
    if (!m) throw new Error(`pagefind: expected only entry pages in the index, found ${url}`);
    (maps[m[1]] ??= {})[name.replace(/\.pf_fragment$/, '')] = m[2];
  }
  for (const [lang, map] of Object.entries(maps)) writeFileSync(join(dir, `kb-ids-${lang}.json`), JSON.stringify(map));
  return Object.entries(maps)
    .map(([lang, map]) => `${lang}: ${Object.keys(map).length} entries`)
    .join(', ');
}

try {
  await main();
} finally {
  await pagefind.close();
}
