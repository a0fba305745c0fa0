// The HTML pages of a built site, for the link check, HTML validation and the axe sweep.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file below `dir`, leaving out Pagefind's bundle. */
export function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind') yield* htmlFiles(path);
    } else if (name.endsWith('.html')) yield path;
  }
}
