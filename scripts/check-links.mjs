// Link check over the built site: every internal href/src resolves to a file
// and every #fragment to an id on the target page. Fails with the page and
// the link. Usage: node scripts/check-links.mjs [dir] [--base /kb/]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './site-files.mjs';

const args = process.argv.slice(2);
const baseIndex = args.indexOf('--base');
const base = `/${(baseIndex >= 0 ? args[baseIndex + 1] : (process.env.KB_BASE ?? '/')).replace(/^\/+|\/+$/g, '')}/`.replace(
  '//',
  '/',
);
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--base') ?? process.env.KB_OUT_DIR ?? 'dist';
const site = process.env.KB_SITE ?? 'https://ack-network-kb.example.com';

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

/** The file a site path resolves to, or null. */
function target(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const full = join(root, rel);
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : null;
}

const problems = [];
let checked = 0;
for (const file of htmlFiles(root)) {
  const html = readFileSync(file, 'utf8');
  const pagePath = `${base}${relative(root, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
  const pageUrl = new URL(pagePath, 'http://kb.local');
  // Attribute values double-quoted, single-quoted or bare, as HTML allows.
  for (const m of html.matchAll(/<(a|link|script|img)\b[^>]*?\s(href|src)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const raw = (m[3] ?? m[4] ?? m[5]).replace(/&amp;/g, '&');
    if (/^(mailto:|tel:|javascript:|data:)/.test(raw)) continue;
    let url;
    if (raw.startsWith(site)) url = new URL(raw.slice(site.length) || '/', 'http://kb.local');
    else if (/^([a-z]+:)?\/\//i.test(raw)) {
      // Other origins are not ours to resolve, but links to them must not hand over the opener or referrer.
      const tag = m[0] + html.slice(m.index + m[0].length, html.indexOf('>', m.index));
      if (m[1] === 'a' && !(/\srel="[^"]*\bnoopener\b/.test(tag) && /\srel="[^"]*\bnoreferrer\b/.test(tag))) {
        problems.push(`${relative(root, file)}: external link "${raw}" needs rel="noopener noreferrer"`);
      }
      continue;
    } else url = new URL(raw, pageUrl);
    checked++;
    const file2 = target(url.pathname);
    if (!file2) {
      problems.push(`${relative(root, file)}: link "${raw}" points to ${url.pathname}, which does not exist`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // `#top` needs no id: HTML scrolls to the top of the document for it (the spec's "top" fragment).
    if (fragment && fragment.toLowerCase() !== 'top' && file2.endsWith('.html') && !idsOf(file2).has(fragment)) {
      problems.push(
        `${relative(root, file)}: link "${raw}" points to #${fragment}, which ${relative(root, file2)} does not have`,
      );
    }
  }
}
// A site of 58 entries × 3 languages has thousands of links: far fewer means the walk missed the pages.
const floor = Number(process.env.KB_MIN_LINKS ?? 1000);
if (checked < floor)
  problems.push(`expected at least ${floor} internal links in ${root}, found ${checked}: the check did not see the site`);
for (const p of problems) console.error(p);
console.log(`check-links: ${checked} internal links checked in ${root} (base ${base}), ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
