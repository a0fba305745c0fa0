// Size budgets of the built site, measured on every entry page of dist/ from
// the files themselves (sizes are deterministic; speed lives in npm run bench):
// - first visit: the HTML, its stylesheets and every script it runs before any
//   interaction (module scripts and their static imports), gzip;
// - JS before interaction: those scripts plus inline ones, gzip;
// - lazy behaviour: what the page's scripts import on first use (copy,
//   fill-in, section links, citation), gzip, the code itself, not its stub.
// Pages over the first-visit budget are listed in tests/budgets/over-budget.json
// with the size they are held to (README, Budgets), measured with the chunk
// names' content hashes blanked so a renamed chunk is not growth; any other page
// over it, or a listed page that grew, fails.
// - unused utilities: a Tailwind utility in a stylesheet that no page's class
//   attribute uses and no script holds as a word of its own (a word the scanner
//   found in code or prose), which every page would download for nothing.
// Usage: node scripts/check-budgets.mjs [dist]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './site-files.mjs';

/** The budgets the README states, in bytes (gzip). */
export const BUDGET = { firstVisit: 14 * 1024, jsBeforeInteraction: 4 * 1024, lazyBehaviour: 3 * 1024 };

const gz = (text) => gzipSync(text).length;

/**
 * A text with the content hashes of chunk names blanked (`search-box.22x51yI9.js`
 * → `search-box.________.js`): a chunk renamed because another chunk changed
 * moves a page's gzip size by a few bytes without the page growing.
 */
export const unhashed = (text) => String(text).replace(/\.[A-Za-z0-9_-]{8}\.(js|css)\b/g, '.________.$1');

/** Files a module imports statically (`import … from "./x.js"`, `import "./x.js"`), and dynamically (`import("./x.js")`). */
export function moduleImports(code) {
  const stat = [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  const dyn = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  return { stat, dyn };
}

function resolveUrl(root, from, spec) {
  if (spec.startsWith('/')) return join(root, spec);
  return join(dirname(from), spec);
}

/** A script and everything it imports statically, as file paths. */
function staticClosure(root, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const spec of moduleImports(readFileSync(file, 'utf8')).stat) staticClosure(root, resolveUrl(root, file, spec), seen);
  return seen;
}

/** A lazily imported chunk's behaviour: `snippets.DtVk97MO.js` → `snippets` (the module it was built from). */
function behaviourName(file) {
  return /([^/]+?)\.[\w-]+\.js$/.exec(file)?.[1] ?? relative('.', file);
}

/** Behaviours whose lazy code is held to the lazy budget: copy and fill-in, section links and citation. */
export const LAZY_BUDGETED = ['snippets', 'entry-links'];

/** Measures one built HTML page. */
export function measurePage(root, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => join(root, m[1]));
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => join(root, m[1]));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const eager = new Set();
  for (const s of scripts) staticClosure(root, s, eager);
  const size = (files, as = (text) => text) => [...files].reduce((n, f) => n + gz(as(readFileSync(f, 'utf8'))), 0);
  // Per behaviour (each chunk the eager scripts import on first use): what it loads, minus what is already loaded.
  /** @type {Record<string, { bytes: number, files: string[] }>} */
  const lazy = {};
  const targets = new Set();
  for (const f of eager) for (const spec of moduleImports(readFileSync(f, 'utf8')).dyn) targets.add(resolveUrl(root, f, spec));
  for (const target of targets) {
    const files = staticClosure(root, target);
    for (const f of eager) files.delete(f);
    // Two chunks built from modules of the same name keep apart: the second is named by its path.
    const own = behaviourName(target);
    const name = own in lazy ? relative(root, target) : own;
    if (files.size) lazy[name] = { bytes: size(files), files: [...files].map((f) => relative(root, f)) };
  }
  const inlineBytes = inline.reduce((n, s) => n + gz(s), 0);
  const js = size(eager) + inlineBytes;
  // The first visit as the held sizes compare it: chunk names' hashes blanked.
  const stable = gz(unhashed(html)) + size(new Set(css), unhashed) + size(eager, unhashed) + inlineBytes;
  return { html: gz(html), css: size(new Set(css)), js, stable, lazy };
}

/**
 * The class names a stylesheet's `@layer utilities` rules select, as markup writes them: CSS escapes
 * undone (`.md\\:flex` is `md:flex`, `.\\32 xl\\:flex` is `2xl:flex`), comments and quoted strings
 * skipped (a `{` in `content:"{"` opens no block).
 */
export function utilityClasses(css) {
  const names = new Set();
  const layers = [];
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '\\') {
      // An escape belongs to the name it is in: keep it whole (a hex escape takes one space after it).
      const hex = /^\\[0-9a-fA-F]{1,6}\s?/.exec(css.slice(i, i + 8));
      const end = hex ? i + hex[0].length : i + 2;
      prelude += css.slice(i, end);
      i = end - 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close < 0 ? css.length : close + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      prelude += ' ';
      i = j;
    } else if (c === '(' && /url$/i.test(prelude)) {
      // An unquoted url() may hold anything but `)`: braces, quotes, dots in a data URL.
      const close = css.indexOf(')', i);
      i = close < 0 ? css.length : close;
    } else if (c === '{') {
      const head = prelude.trim().replace(/\s+/g, ' ');
      layers.push(head);
      // Selectors in the utilities layer, not a @keyframes block's steps (`33.3%`).
      if (layers.includes('@layer utilities') && !layers.some((l) => l.startsWith('@keyframes')) && !head.startsWith('@'))
        for (const name of selectorClasses(head)) names.add(name);
      prelude = '';
    } else if (c === '}') {
      layers.pop();
      prelude = '';
    } else if (c === ';') prelude = '';
    else prelude += c;
  }
  return names;
}

/** The class names in a selector, CSS escapes undone. */
function selectorClasses(selector) {
  const out = [];
  // A name runs on over escapes, name characters and any character past ASCII.
  for (const m of selector.matchAll(/\.((?:\\[0-9a-fA-F]{1,6}\s?|\\[^0-9a-fA-F\n]|[\w-]|[^\p{ASCII}])+)/gu))
    out.push(m[1].replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex, char) => (hex ? codePoint(parseInt(hex, 16)) : char)));
  return out;
}

/** A CSS hex escape's character: past Unicode's range, or a surrogate, is U+FFFD (CSS Syntax 4.3.7). */
function codePoint(n) {
  return n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? '\ufffd' : String.fromCodePoint(n);
}

/**
 * The utilities of a stylesheet that nothing uses: in no page's class
 * attribute, and nowhere in a script (the site's bundles and the pages'
 * inline scripts, which set classes such as `rounded-md px-3` at run time)
 * as a word of its own — not part of a longer name or a property (`.filter(`).
 * Tailwind writes a utility for every word of its sources that names one —
 * `.filter(` in a script, "static" in a comment — unless src/styles/global.css
 * leaves it out. Generous on purpose: a word a script holds anywhere counts as used, so a
 * word a script holds for another reason (the verdict "fixed", `route-table`) is not caught.
 */
export function unusedUtilities(css, htmlTexts, scriptTexts) {
  const used = new Set();
  const scripts = [...scriptTexts];
  for (const html of htmlTexts) {
    for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of unescapeHtml(m[1]).split(/\s+/)) used.add(c);
    // Scripts only: a data block (`type="application/ld+json"`) holds prose, not class names.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
      if (!/\stype=/.test(m[1]) || /\stype="(?:module|text\/javascript)"/.test(m[1])) scripts.push(m[2]);
  }
  const code = scripts.join('\n');
  const inCode = (name) => {
    for (let at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
      const before = code[at - 1] ?? ' ';
      const after = code[at + name.length] ?? ' ';
      // Not the start of a longer name either: `mt-0` in `mt-0.5`, `w-1` in `w-1/2`.
      const longer = /[\w-]/.test(after) || ((after === '.' || after === '/') && /\d/.test(code[at + name.length + 1] ?? ''));
      if (!/[\w.-]/.test(before) && !longer) return true;
    }
    return false;
  };
  return [...utilityClasses(css)].filter((name) => !used.has(name) && !inCode(name)).sort();
}

/** An attribute's text as the browser reads it (`md:[&amp;:nth-child(2)]` is `md:[&:nth-child(2)]`). */
function unescapeHtml(text) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? whole),
  );
}

/** Every entry page of a built site: `<lang>/faq/<id>/index.html`. */
export function entryPages(root) {
  const pages = [];
  for (const lang of readdirSync(root)) {
    const faq = join(root, lang, 'faq');
    if (!existsSync(faq)) continue;
    for (const id of readdirSync(faq)) {
      const file = join(faq, id, 'index.html');
      if (existsSync(file)) pages.push({ key: `${lang}/${id}`, file });
    }
  }
  return pages.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Every page that lists entries and grows with them: each language's home
 * page, and every page of the error index and of the browse lists (by plugin,
 * by component). They split into pages as the lists grow (src/lib/paging.ts),
 * so each is held to the first-visit budget, with no exceptions.
 */
export function listingPages(root) {
  const pages = [];
  for (const lang of readdirSync(root)) {
    if (!/^[a-z]{2}$/.test(lang) || !existsSync(join(root, lang, 'index.html'))) continue;
    pages.push({ key: `${lang}/`, file: join(root, lang, 'index.html') });
    for (const list of ['errors', 'plugin', 'component']) {
      const dir = join(root, lang, list);
      if (!existsSync(dir)) continue;
      for (const d of readdirSync(dir, { recursive: true, withFileTypes: true }))
        if (d.isFile() && d.name === 'index.html') {
          const file = join(d.parentPath, d.name);
          pages.push({ key: `${relative(root, d.parentPath)}/`, file });
        }
    }
  }
  return pages.sort((a, b) => a.key.localeCompare(b.key));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const exceptions = process.env.KB_BUDGET_EXCEPTIONS ?? 'tests/budgets/over-budget.json';
  const allowed = JSON.parse(readFileSync(exceptions, 'utf8')).pages;
  const minPages = Number(process.env.KB_MIN_ENTRY_PAGES ?? 174);
  const pages = entryPages(root);
  const problems = [];
  const over = {};
  const lazyMax = {};
  if (pages.length < minPages) problems.push(`expected at least ${minPages} entry pages in ${root}, found ${pages.length}`);
  for (const { key, file } of pages) {
    const m = measurePage(root, file);
    const first = m.html + m.css + m.js;
    for (const [name, { bytes }] of Object.entries(m.lazy)) lazyMax[name] = Math.max(lazyMax[name] ?? 0, bytes);
    if (m.js > BUDGET.jsBeforeInteraction)
      problems.push(`${key}: expected JS before interaction ≤ ${BUDGET.jsBeforeInteraction} B gzip, found ${m.js} B`);
    for (const name of LAZY_BUDGETED) {
      const lazy = m.lazy[name];
      if (!lazy) problems.push(`${key}: expected the ${name} behaviour to load lazily on first use, found no lazy import`);
      else if (lazy.bytes > BUDGET.lazyBehaviour)
        problems.push(
          `${key}: expected the ${name} behaviour ≤ ${BUDGET.lazyBehaviour} B gzip on first use, found ${lazy.bytes} B (${lazy.files.join(', ')})`,
        );
    }
    if (first > BUDGET.firstVisit) {
      over[key] = m.stable;
      const held = allowed[key];
      if (held === undefined)
        problems.push(
          `${key}: expected a first visit ≤ ${BUDGET.firstVisit} B gzip, found ${first} B (HTML ${m.html}, CSS ${m.css}, JS ${m.js})`,
        );
      else if (m.stable > held)
        problems.push(
          `${key}: expected a first visit ≤ ${held} B gzip (its recorded size over budget, chunk hashes blanked), found ${m.stable} B`,
        );
    }
  }
  const lists = listingPages(root);
  if (lists.length === 0) problems.push(`expected home, browse and error index pages in ${root}, found none`);
  let listMax = 0;
  for (const { key, file } of lists) {
    const m = measurePage(root, file);
    const first = m.html + m.css + m.js;
    listMax = Math.max(listMax, first);
    if (first > BUDGET.firstVisit)
      problems.push(
        `${key}: expected a first visit ≤ ${BUDGET.firstVisit} B gzip (a page that lists entries splits into pages instead of growing; src/lib/paging.ts), found ${first} B (HTML ${m.html}, CSS ${m.css}, JS ${m.js})`,
      );
  }
  for (const key of Object.keys(allowed)) {
    if (over[key] === undefined) problems.push(`${exceptions}: "${key}" is within budget now; remove it so it stays there`);
  }
  const assets = join(root, '_astro');
  const files = existsSync(assets) ? readdirSync(assets, { recursive: true }).map(String) : [];
  const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8'));
  const html = [...htmlFiles(root)].map((f) => readFileSync(f, 'utf8'));
  for (const sheet of files.filter((f) => f.endsWith('.css')))
    for (const name of unusedUtilities(readFileSync(join(assets, sheet), 'utf8'), html, scripts))
      problems.push(
        `${join(assets, sheet)}: expected every utility to be used by a page or a script, found .${name} used by none (a word Tailwind found in code or prose: leave it out with @source not inline() in src/styles/global.css)`,
      );
  for (const p of problems) console.error(p);
  console.log(
    `check-budgets: ${pages.length} entry pages, ${Object.keys(over).length} over ${BUDGET.firstVisit} B first visit (held to their recorded size), ${lists.length} listing pages (heaviest ${listMax} B), lazy behaviour max ${JSON.stringify(lazyMax)}, ${problems.length} problem(s)`,
  );
  if (process.argv.includes('--print-over')) console.log(JSON.stringify(over, null, 2));
  process.exitCode = problems.length ? 1 : 0;
}
