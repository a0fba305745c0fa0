// Indexes the built site with Pagefind. A checked build step: any error from
// Pagefind, or an index with no pages, fails the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

const outDir = process.env.KB_OUT_DIR ?? 'dist';

async function main() {
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length || !index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`pagefind: indexing ${outDir} failed: ${added.errors.join('; ')}`);
  if (added.page_count === 0)
    throw new Error(`pagefind: expected entry pages marked data-pagefind-body in ${outDir}, found none`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
  const maps = writeIdMaps(`${outDir}/pagefind`);
  console.log(`pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind (${maps})`);
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
