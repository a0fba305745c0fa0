// Indexes the built site with Pagefind. A checked build step: any error from
// Pagefind, or an index with no pages, fails the build.
import * as pagefind from 'pagefind';

const outDir = process.env.KB_OUT_DIR ?? 'dist';

async function main() {
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length || !index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`pagefind: indexing ${outDir} failed: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`pagefind: expected entry pages marked data-pagefind-body in ${outDir}, found none`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind`);
}

try {
  await main();
} finally {
  await pagefind.close();
}
