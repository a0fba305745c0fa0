// npm run bench: builds the site and measures what a reader pays, against the
// budgets in the README. Prints a table and writes bench-report.json.
//
// - build time;
// - first visit (home, an entry, the search page; each language): gzip bytes of
//   HTML, CSS and JS and the request count, JS before any interaction, the
//   snippet (copy/fill-in) JS on entry pages, requests to other origins;
// - search: bytes a first search downloads, latency from the last keystroke to
//   the first rendered result (median and p95 over the quality suite, cold and warm);
// - scale: a generated corpus of 1,000 entries × 3 languages built from the real
//   entries: build time, index size per language, search latency.
//
// - compare (--compare): the same entries built with Astro Starlight in its own
//   folder (scripts/starlight-site.mjs): build time, an entry page's first
//   visit, and first contentful paint side by side (median of alternating
//   loads, ours with and without a cluster set), and what the main thread did
//   before that first paint (parse, style, layout, paint, script; traced).
//
// Options: --skip-scale (only the real site), --entries N (scale corpus size), --scale (1,000 and
// 10,000 entries per language, issue 17's size), --compare, --report (print bench-report.json again),
// --search DIR (only the search figures of a site built in DIR, with the first search by file).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { queries } from '../tests/search/queries.ts';
import { parse as parseHtml } from 'parse5';
import { entryPages, listingPages, measurePage } from './check-budgets.mjs';
import { htmlFiles } from './site-files.mjs';
import { buildStarlight } from './starlight-site.mjs';

const args = process.argv.slice(2);
const skipScale = args.includes('--skip-scale');
/** --scale: the corpus at 1,000 and at 10,000 entries per language (issue 17's size), each built and measured. */
const scaleSizes = args.includes('--scale')
  ? [1000, 10000]
  : skipScale
    ? []
    : [Number(args[args.indexOf('--entries') + 1]) || 1000];
const compare = args.includes('--compare');
/** Loads per site and setting for the first-paint comparison. */
const PAINT_LOADS = 21;
const LOCALES = ['zh', 'ja', 'en'];
// searchP95: last keystroke to first rendered result, warm; paste200: a 200-line paste to its rendered diagnosis (ms).
const BUDGET = {
  entryFirstVisit: 14 * 1024,
  jsBeforeInteraction: 4 * 1024,
  snippetJs: 3 * 1024,
  foreignRequests: 0,
  searchP95: 100,
  paste200: 250,
};

const gz = (s) => gzipSync(s).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
/** The value that occurs most often (the first seen among equals). */
const mostCommon = (xs) => {
  const counts = new Map();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0][0];
};

/**
 * Runs `npm run build` from a cold start and returns its wall time in seconds
 * and the peak memory of its whole process tree (npm, Astro, the content
 * check, Pagefind) in bytes, sampled from /proc every 200 ms (0 where /proc
 * is missing).
 */
async function build(env) {
  // Cold, every time: without Astro's content store a build renders every file (Starlight's is cleared too).
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const child = spawn('npm', ['run', 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk) => (tail = (tail + chunk).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`bench: build failed\n${tail}`);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, peakBytes: peak };
}

/**
 * Memory of a process and all its descendants, in bytes, from /proc: each
 * one's proportional set size (pages shared between them, such as Node's own
 * binary, counted once in all), or its resident size where the kernel has no
 * smaps_rollup.
 */
function treeRss(root) {
  if (!existsSync('/proc')) return 0;
  const children = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const visit = (pid) => {
    try {
      const rollup = existsSync(`/proc/${pid}/smaps_rollup`) ? readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8') : '';
      const kb = /^Pss:\s+(\d+)/m.exec(rollup) ?? /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(kb?.[1] ?? 0) * 1024;
    } catch {
      // Ended.
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return total;
}

function serve(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  return new Promise((resolve) => setTimeout(() => resolve(child), 600));
}

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    total += statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

async function launch() {
  return chromium.launch(chromiumLaunchOptions);
}

/** One first visit: bytes by type (encoded, as sent), requests, other origins, inline-script bytes. */
async function firstVisit(browser, url, ours = true) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', (request) => responses.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  const bytes = { html: 0, css: 0, js: 0, other: 0 };
  const foreign = [];
  for (const request of responses) {
    const sizes = await request.sizes();
    const type = request.resourceType();
    const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    bytes[key] += sizes.responseBodySize;
    if (new URL(request.url()).hostname !== 'localhost') foreign.push(request.url());
  }
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  // Snippet behaviour (copy buttons, fill-in): the code the stub loads on first use, not the stub.
  const path = new URL(url).pathname;
  const snippetJs =
    ours && /\/faq\//.test(path) ? (measurePage('dist', join('dist', path, 'index.html')).lazy.snippets?.bytes ?? 0) : 0;
  await context.close();
  return { bytes, requests: responses.length, foreign, inlineJs: inline.reduce((n, s) => n + gz(s), 0), snippetJs };
}

/** Search latency over the suite, in one page (warm) and in fresh pages (cold), plus bytes of the first search. */
async function searchLatency(browser, base, lang, suite) {
  // Timed in the page, as the reader sees it: from the keystroke's input event to the first frame
  // after its results are in the document. (Timing from the test driver adds its own round trips,
  // 40–50 ms here, to every figure.)
  const measure = async (page, q) => {
    const input = page.locator('#search-q');
    await input.fill(q.slice(0, -1));
    await page.waitForFunction((x) => document.querySelector('[data-results]')?.dataset.query === x, q.slice(0, -1));
    await page.evaluate((x) => globalThis.__kbLatency.delete(x), q);
    await input.pressSequentially(q.at(-1));
    return page.waitForFunction((x) => globalThis.__kbLatency?.get(x), q).then((h) => h.jsonValue());
  };
  const newContext = async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const latency = (globalThis.__kbLatency = new Map());
      let typed = 0;
      addEventListener('input', (e) => (typed = e.timeStamp), { capture: true });
      addEventListener('kb:results', () => {
        const start = typed;
        requestAnimationFrame(() => {
          const q = document.querySelector('[data-results]')?.dataset.query;
          if (q !== undefined && !latency.has(q)) latency.set(q, performance.now() - start);
        });
      });
    });
    return context;
  };
  const context = await newContext();
  const page = await context.newPage();
  let firstSearchBytes = 0;
  const parts = {};
  page.on('requestfinished', async (r) => {
    if (!/pagefind|search-index/.test(r.url()) || (await fromCache(r))) return;
    const size = (await r.sizes()).responseBodySize;
    firstSearchBytes += size;
    const kind = searchFileKind(new URL(r.url()).pathname);
    parts[kind] = { bytes: (parts[kind]?.bytes ?? 0) + size, requests: (parts[kind]?.requests ?? 0) + 1 };
  });
  await page.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
  const cold = [await measure(page, suite[0].q)];
  await page.waitForTimeout(300);
  const firstBytes = firstSearchBytes;
  const firstParts = structuredClone(parts);
  const warm = [];
  for (const { q } of suite) warm.push(await measure(page, q));
  await context.close();
  for (const { q } of suite.slice(1, 6)) {
    const c = await newContext();
    const p = await c.newPage();
    await p.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
    cold.push(await measure(p, q));
    await c.close();
  }
  // A 200-line paste into the search box: the diagnosis view reads it line by line.
  const c = await newContext();
  const p = await c.newPage();
  await p.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
  await measure(p, suite[0].q);
  const pastes = [];
  for (let i = 0; i < 5; i++) pastes.push(await measurePaste(p, longPaste(i)));
  await c.close();
  return {
    firstSearchBytes: firstBytes,
    firstSearchParts: firstParts,
    warm: { median: median(warm), p95: p95(warm) },
    cold: { median: median(cold), p95: p95(cold) },
    paste200: { median: median(pastes), max: Math.max(...pastes) },
  };
}

/** What a file of the first search is, for the breakdown: Pagefind's files by kind, our search data by part. */
function searchFileKind(path) {
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(path)) return 'pagefind wasm';
  if (path.endsWith('pagefind-entry.json')) return 'pagefind entry';
  if (path.endsWith('.pf_meta')) return 'pagefind meta';
  if (path.includes('/pagefind/index/')) return 'pagefind index chunks';
  if (path.includes('/pagefind/fragment/')) return 'pagefind fragments';
  if (path.endsWith('/search-index.json')) return 'search-index.json';
  const part = /\/search-index\/(?:[0-9a-f]{16}\/)?([a-z])\//.exec(path)?.[1];
  return part ? `search-index/${part}/` : path;
}

/** 200 lines as an on-call engineer pastes them: kubelet and Terway log noise around one allocation error. */
function longPaste(seed) {
  const lines = [];
  for (let i = 0; i < 200; i++) {
    const t = `2026-11-30T10:${String(i % 60).padStart(2, '0')}:${String((i * 7 + seed) % 60).padStart(2, '0')}Z`;
    if (i === 120)
      lines.push(
        `time="${t}" level=error msg="Assign private ip address failed: InvalidVSwitchId.IpNotEnough" pod=shop/cart-${seed}`,
      );
    else if (i % 3 === 0)
      lines.push(
        `I1130 10:0${i % 10}:12.0${i}   1234 kubelet.go:${1000 + i}] SyncLoop (PLEG): pod web-${i}-x7k2p event ContainerStarted`,
      );
    else if (i % 3 === 1)
      lines.push(`time="${t}" level=info msg="handle request" pod=default/web-${i} ip=172.20.${i % 255}.${seed + 1}`);
    else
      lines.push(
        `  Normal   Pulled   ${i}s   kubelet   Container image "registry.example.com/app:v${i}" already present on machine`,
      );
  }
  return lines.join('\n');
}

/** Milliseconds from a paste event to the rendered diagnosis. */
async function measurePaste(page, text) {
  return page.evaluate(async (value) => {
    const clear = document.querySelector('[data-paste-clear]');
    if (!document.querySelector('[data-diagnose]').hidden) clear.click();
    const input = document.querySelector('#search-q');
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const t0 = performance.now();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    const area = document.querySelector('#search-paste');
    const region = document.querySelector('[data-results]');
    while (!(region.dataset.query === area.value && region.getAttribute('aria-busy') === 'false'))
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, text);
}

/**
 * A corpus of `n` entries per language made by repeating the real ones under
 * new ids. The copy's number leads its id and its title, so that in any list
 * sorted by either, the copies of one entry lie a whole round of entries apart:
 * side by side, a copy repeats its neighbour within gzip's 32 KB window and
 * costs almost nothing, which real entries, each its own text, never do (the
 * search data of 1,000 entries measured 52 KB that way, 334 KB this way).
 */
function scaleCorpus(n) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-scale-'));
  const ids = readdirSync('content/faq/en').map((f) => f.replace(/\.mdx$/, ''));
  for (const lang of LOCALES) {
    mkdirSync(join(dir, 'faq', lang), { recursive: true });
    for (let i = 0; i < n; i++) {
      const id = ids[i % ids.length];
      const copy = Math.floor(i / ids.length);
      const named = (base) => (copy ? `x${copy}-${base}` : base);
      let text = readFileSync(join('content/faq', lang, `${id}.mdx`), 'utf8');
      text = text.replace(
        /^related: \[(.*)\]$/m,
        (_, list) =>
          `related: [${list
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean)
            .filter((r) => ids.indexOf(r) + copy * ids.length < n)
            .map(named)
            .join(', ')}]`,
      );
      text = text.replace(/^aliases: \[.*\]$/m, 'aliases: []');
      text = text.replace(/^title: '(.*)'$/m, (_, t) => `title: '${copy ? `(${copy}) ` : ''}${t}'`);
      writeFileSync(join(dir, 'faq', lang, `${named(id)}.mdx`), text);
    }
  }
  return dir;
}

/**
 * First contentful paint and largest contentful paint of one fresh load, in ms, with the tag of the
 * largest element; the cluster, when given, is in localStorage before the page runs. The first paint
 * can be any text (Starlight's is its header: its parser waits for the stylesheet at the header's
 * first inline script); the largest, on an entry page, is its title or summary, what the reader came for.
 */
async function firstPaint(browser, url, { cluster } = {}) {
  const context = await browser.newContext();
  if (cluster) await context.addInitScript((c) => localStorage.setItem('kb-cluster', JSON.stringify(c)), cluster);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // The paint entries can come after the load event: wait for them (the tool's own script, not the page's).
  // The largest paint is settled once the page is loaded and a moment has passed with no input.
  const { fcp, lcp, element } = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let fcp = -1;
        let lcp = -1;
        let element = '';
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) fcp = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            lcp = entry.startTime;
            element = entry.element?.tagName.toLowerCase() ?? '';
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        const settled = () => (fcp >= 0 && lcp >= 0 ? resolve({ fcp, lcp, element }) : setTimeout(settled, 100));
        setTimeout(settled, 500);
        setTimeout(() => resolve({ fcp, lcp, element }), 5000);
      }),
  );
  await context.close();
  if (fcp < 0) throw new Error(`bench: no first-contentful-paint entry for ${url}`);
  if (lcp < 0) throw new Error(`bench: no largest-contentful-paint entry for ${url}`);
  return { fcp, lcp, element };
}

/** Loads traced per site for the main-thread breakdown before first paint. */
const TRACE_LOADS = 7;

/**
 * What the renderer's main thread did before first contentful paint on one fresh load, from a
 * Chromium trace: ms of HTML parsing, style recalculation, layout, paint and script, and the
 * first paint's time, so a paint gap can be put down to one of them.
 */
async function paintTrace(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  // The trace comes back in memory: no file to write and read again.
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  await context.close();
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error(`bench: no firstContentfulPaint in the trace of ${url}`);
  const start = Math.max(...events.filter((e) => e.name === 'navigationStart' && e.ts <= fcp.ts).map((e) => e.ts));
  const before = events.filter((e) => e.ts >= start && e.ts <= fcp.ts && e.dur);
  const ms = (...names) => before.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.dur, 0) / 1000;
  return {
    fcp: (fcp.ts - start) / 1000,
    parse: ms('ParseHTML'),
    style: ms('UpdateLayoutTree', 'ParseAuthorStyleSheet'),
    layout: ms('Layout'),
    paint: ms('PrePaint', 'Paint', 'Layerize'),
    script: ms('EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall'),
  };
}

/**
 * The first visit of a built site's entry pages (HTML, CSS and scripts before
 * input, gzip, as check-budgets counts it): every one, or at scale 2,000 of
 * them evenly spread. Measured once, read by siteSizes and aboveTheFold.
 */
function entryFirstVisits(root) {
  const entries = entryPages(root);
  const step = Math.max(1, Math.ceil(entries.length / 2000));
  const visits = [];
  for (let i = 0; i < entries.length; i += step) {
    const m = measurePage(root, entries[i].file);
    visits.push({ ...entries[i], bytes: m.html + m.css + m.js, css: m.css });
  }
  return { count: entries.length, visits };
}

/**
 * What a built site's pages weigh on a first visit: the heaviest entry page
 * (of those measured), the heaviest page that lists entries (home, browse
 * pages, error index: those that grow with the corpus, held to the entry
 * budget) and the heaviest other page (search, cluster, triage…; not the /go/
 * redirects), and how the sitemap is split.
 */
function siteSizes(root, entries) {
  const entryMax = entries.visits.reduce((max, v) => (v.bytes > max.bytes ? { page: v.key, bytes: v.bytes } : max), {
    page: '',
    bytes: 0,
  });
  const heaviest = (files) =>
    files.reduce(
      (max, { page, file }) => {
        const m = measurePage(root, file);
        return m.html + m.css + m.js > max.bytes ? { page, bytes: m.html + m.css + m.js } : max;
      },
      { page: '', bytes: 0 },
    );
  const lists = listingPages(root).map(({ key, file }) => ({ page: key, file }));
  const listed = new Set(lists.map((l) => l.file));
  const others = [];
  for (const path of htmlFiles(root)) {
    const page = relative(root, path);
    if (!page.endsWith('index.html') || page.startsWith(`go${sep}`) || /^[a-z]{2}\/faq\//.test(page.split(sep).join('/')))
      continue;
    if (!listed.has(path)) others.push({ page, file: path });
  }
  const other = heaviest(others);
  const list = heaviest(lists);
  const index = readFileSync(join(root, 'sitemap.xml'), 'utf8');
  const urls = [...index.matchAll(/<loc>[^<]*\/(sitemap-[^<]+\.xml)<\/loc>/g)].map(
    (m) => (readFileSync(join(root, m[1]), 'utf8').match(/<url>/g) ?? []).length,
  );
  return {
    entryPages: entries.count,
    entryMax,
    listPages: lists.length,
    listMax: list,
    otherPages: others.length,
    otherMax: other,
    sitemapFiles: urls.length,
    sitemapMaxUrls: Math.max(0, ...urls),
  };
}

/** Reader screens the fold is measured at: a phone and a laptop. */
const FOLD_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/**
 * For every entry page whose first visit is over the budget: how many gzip
 * bytes arrive before everything on the first screen can be drawn — the HTML
 * up to the end of the last text the screen shows (phone and laptop, the
 * larger) and the stylesheet; scripts draw nothing there (they are blocked
 * while measuring, and the page's inline head script still runs).
 */
async function aboveTheFold(browser, base, entries) {
  const rows = [];
  for (const { key, file, bytes, css } of entries.visits) {
    if (bytes <= BUDGET.entryFirstVisit) continue;
    const html = readFileSync(file, 'utf8');
    const ends = bodyElementEnds(html);
    let cut = 0;
    for (const viewport of FOLD_VIEWPORTS) {
      const context = await browser.newContext({ viewport });
      await context.route('**/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${base}/${key.replace('/', '/faq/')}/`, { waitUntil: 'load' });
      // Elements with text of their own that the first screen shows, by their place among the body's elements.
      const { tags, shown } = await page.evaluate(() => {
        const all = [...document.body.querySelectorAll('*')];
        return {
          tags: all.map((el) => el.localName),
          shown: all.flatMap((el, i) => {
            const r = el.getBoundingClientRect();
            const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
            return ownText && r.width > 0 && r.height > 0 && r.top < innerHeight ? [i] : [];
          }),
        };
      });
      await context.close();
      // The page's elements and the parsed source's must be the same list, or the offsets mean nothing.
      if (tags.join() !== ends.map((e) => e.tag).join())
        throw new Error(`bench: ${key}: the page's elements differ from its source's`);
      for (const i of shown) cut = Math.max(cut, ends[i].end);
    }
    rows.push({ page: key, firstVisit: bytes, aboveFold: gz(html.slice(0, cut)) + css });
  }
  return rows;
}

/**
 * Each element under <body>, in document order (as querySelectorAll lists
 * them): its tag and the offset in the source where it ends (an element the
 * parser adds, such as an implied <tbody>, ends where its parent does).
 */
function bodyElementEnds(html) {
  const ends = [];
  const walk = (node, parentEnd) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const at = child.sourceCodeLocation;
      const end = at?.endOffset ?? at?.startTag?.endOffset ?? parentEnd;
      ends.push({ tag: child.tagName, end });
      walk(child, end);
    }
  };
  const doc = parseHtml(html, { sourceCodeLocationInfo: true });
  const body = doc.childNodes.find((n) => n.tagName === 'html').childNodes.find((n) => n.tagName === 'body');
  walk(body, html.length);
  return ends;
}

/** Per figure, the median over several traced loads. */
function medianTrace(traces) {
  return Object.fromEntries(Object.keys(traces[0]).map((k) => [k, median(traces.map((t) => t[k]))]));
}

/** The two first searches compared with Starlight: a literal error typed in, and a log excerpt pasted. */
const FIRST_SEARCHES = {
  'an error typed': 'InvalidVSwitchId.IpNotEnough',
  'a log pasted': longPaste(0).split('\n').slice(112, 124).join('\n'),
};

/**
 * A first visit of an entry page and the first search from it, as a reader
 * makes it in each site's own search box: bytes (as sent) and requests, for
 * the visit and for everything after it until the results are shown and the
 * network is quiet. In ours a paste of several lines opens the search page's
 * diagnosis (its page, scripts and search data all count); Starlight's box
 * takes it as one line.
 */
async function firstSearch(browser, url, root, ours, text) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  // Playwright's network-idle state comes once per document: count requests in flight instead.
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  const settle = () => {
    inFlight--;
    lastChange = Date.now();
  };
  page.on('requestfinished', (r) => {
    requests.push(r);
    settle();
  });
  page.on('requestfailed', settle);
  const quiet = async () => {
    while (inFlight > 0 || Date.now() - lastChange < 500) await new Promise((r) => setTimeout(r, 50));
  };
  await page.goto(url, { waitUntil: 'networkidle' });
  await quiet();
  const visit = requests.length;
  const multiLine = text.includes('\n');
  if (ours) {
    const input = page.locator('#header-search');
    await input.focus();
    if (multiLine) {
      await input.evaluate((el, value) => {
        const data = new DataTransfer();
        data.setData('text/plain', value);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
      await page.waitForURL(/\/search\/#diagnose$/);
      await page.locator('[data-results][aria-busy="false"][data-query] a').first().waitFor();
    } else {
      await input.fill(text);
      await page.locator('#header-search-results [role="option"]').first().waitFor();
    }
  } else {
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill(text.replace(/\n/g, ' '));
    // A result's link (drawn once its fragment is in), or the message that there is none (its search
    // asks for every word of a long paste) — not the "Searching for …" shown while it loads.
    await page.waitForFunction(
      () =>
        document.querySelector('.pagefind-ui__result-link') ||
        /^(?!Searching)\S/.test(document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? ''),
    );
  }
  await quiet();
  let visitBytes = 0;
  let searchBytes = 0;
  let searchRequests = 0;
  for (const [i, r] of requests.entries()) {
    // Chromium reports neither a body nor timings for a web worker's script (Starlight's Pagefind runs in
    // one), though it fetched it over the network (a fresh context holds nothing): count its file, gzip.
    const worker = /\/pagefind-worker\.js$/.test(r.url());
    // A file the browser already held (files named by their content are kept: src/lib/caching.ts) costs no
    // request: Playwright still reports it (see fromCache).
    if (!worker && (await fromCache(r))) continue;
    let { responseBodySize } = await r.sizes();
    if (worker && responseBodySize <= 0)
      responseBodySize = gz(readFileSync(join(root, decodeURIComponent(new URL(r.url()).pathname))));
    if (i < visit) visitBytes += responseBodySize;
    else {
      searchBytes += responseBodySize;
      searchRequests++;
    }
  }
  await context.close();
  return { visitBytes, searchBytes, searchRequests };
}

/**
 * Whether a finished request was answered from the browser's cache, without going to the server:
 * Playwright reports such a request with no request start, or (a second fetch() of a file kept in
 * memory, as the search's second read of Pagefind's metadata) with one but a negative body size.
 */
async function fromCache(request) {
  return request.timing().requestStart < 0 || (await request.sizes()).responseBodySize < 0;
}

/** Our site and Starlight, built from the same entries, measured in one run. */
async function compareWithStarlight(ourBuildSeconds) {
  console.log('bench: building the same entries with Starlight…');
  const starlight = buildStarlight();
  const ours = await serve('dist', 4392);
  const theirs = await serve(starlight.dist, 4393);
  const browser = await launch();
  const path = '/en/faq/vswitch-ip-exhausted/';
  const cluster = { plugin: 'terway', eniMode: 'shared', ipFamily: 'ipv4', kubeProxy: 'ipvs' };
  const result = {
    buildSeconds: { ours: ourBuildSeconds, starlight: starlight.seconds },
    entry: path,
    paint: {},
    contentPaint: {},
    firstVisit: {},
  };
  try {
    result.firstVisit.ours = await firstVisit(browser, `http://localhost:4392${path}`);
    result.firstVisit.starlight = await firstVisit(browser, `http://localhost:4393${path}`, false);
    const settings = {
      'JavaScript on': [{}, {}],
      'JavaScript on, cluster set': [{ cluster }, {}],
    };
    for (const [name, [mine, other]] of Object.entries(settings)) {
      const a = [];
      const b = [];
      // Alternate the two sites so drift in the machine's load falls on both.
      for (let i = 0; i < PAINT_LOADS; i++) {
        a.push(await firstPaint(browser, `http://localhost:4392${path}`, mine));
        b.push(await firstPaint(browser, `http://localhost:4393${path}`, other));
      }
      result.paint[name] = { ours: median(a.map((x) => x.fcp)), starlight: median(b.map((x) => x.fcp)) };
      // The element most loads found largest, per site (the title on an entry page).
      result.contentPaint[name] = {
        ours: median(a.map((x) => x.lcp)),
        starlight: median(b.map((x) => x.lcp)),
        elements: { ours: mostCommon(a.map((x) => x.element)), starlight: mostCommon(b.map((x) => x.element)) },
      };
    }
    result.firstSearch = {};
    for (const [name, text] of Object.entries(FIRST_SEARCHES))
      result.firstSearch[name] = {
        ours: await firstSearch(browser, `http://localhost:4392${path}`, 'dist', true, text),
        starlight: await firstSearch(browser, `http://localhost:4393${path}`, starlight.dist, false, text),
      };
    const traces = { ours: [], starlight: [] };
    for (let i = 0; i < TRACE_LOADS; i++) {
      traces.ours.push(await paintTrace(browser, `http://localhost:4392${path}`));
      traces.starlight.push(await paintTrace(browser, `http://localhost:4393${path}`));
    }
    result.beforePaint = { ours: medianTrace(traces.ours), starlight: medianTrace(traces.starlight) };
  } finally {
    await browser.close();
    ours.kill();
    theirs.kill();
  }
  return result;
}

async function main() {
  const report = { date: new Date().toISOString(), budgets: BUDGET, site: {}, scale: null };
  console.log('bench: building the site…');
  const siteBuild = await build({});
  report.site.buildSeconds = siteBuild.seconds;
  report.site.peakBuildBytes = siteBuild.peakBytes;
  const siteEntries = entryFirstVisits('dist');
  report.site.sizes = siteSizes('dist', siteEntries);
  const entryCount = readdirSync('content/faq/en').length;
  const server = await serve('dist', 4390);
  const browser = await launch();
  try {
    const base = 'http://localhost:4390';
    report.site.pages = {};
    for (const lang of LOCALES) {
      for (const [name, path] of [
        ['home', `/${lang}/`],
        ['entry', `/${lang}/faq/vswitch-ip-exhausted/`],
        ['search', `/${lang}/search/`],
      ]) {
        const v = await firstVisit(browser, base + path);
        const total = v.bytes.html + v.bytes.css + v.bytes.js;
        report.site.pages[`${lang} ${name}`] = {
          ...v.bytes,
          total,
          requests: v.requests,
          jsBeforeInteraction: v.bytes.js + v.inlineJs,
          snippetJs: v.snippetJs,
          foreign: v.foreign,
        };
      }
    }
    report.site.overBudget = await aboveTheFold(browser, base, siteEntries);
    report.site.search = {};
    for (const lang of LOCALES) report.site.search[lang] = await searchLatency(browser, base, lang, queries[lang]);
  } finally {
    await browser.close();
    server.kill();
  }
  report.site.entries = entryCount;
  report.site.msPerEntryPage = (report.site.buildSeconds * 1000) / (entryCount * 3);

  report.scale = [];
  for (const entries of scaleSizes) {
    console.log(`bench: building a ${entries} × 3 corpus…`);
    const dir = scaleCorpus(entries);
    const out = join(dir, 'dist');
    try {
      const { seconds, peakBytes } = await build({ KB_CONTENT_DIR: join(dir), KB_OUT_DIR: out });
      const index = {};
      for (const f of readdirSync(join(out, 'pagefind', 'index'))) {
        const lang = f.split('_')[0];
        index[lang] = (index[lang] ?? 0) + statSync(join(out, 'pagefind', 'index', f)).size;
      }
      const sizes = siteSizes(out, entryFirstVisits(out));
      const scaleServer = await serve(out, 4391);
      const browser = await launch();
      const search = {};
      try {
        for (const lang of LOCALES) search[lang] = await searchLatency(browser, 'http://localhost:4391', lang, queries[lang]);
      } finally {
        await browser.close();
        scaleServer.kill();
      }
      report.scale.push({
        entries,
        buildSeconds: seconds,
        peakBuildBytes: peakBytes,
        msPerEntryPage: (seconds * 1000) / (entries * 3),
        pagefindIndexBytes: index,
        pagefindTotalBytes: dirBytes(join(out, 'pagefind')),
        sizes,
        search,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (compare) report.compare = await compareWithStarlight(report.site.buildSeconds);

  writeFileSync('bench-report.json', `${JSON.stringify(report, null, 2)}\n`);
  print(report);
  console.log('\nbench-report.json written');
}

/**
 * Budgets for a generated corpus, by its size: at 1,000 entries per language
 * the site's own search budgets and linear build growth; at 10,000, issue
 * 17's targets. A figure without a budget at a size is printed, not marked.
 */
function scaleBudgets(entries, r) {
  // Growth from one generated size to the next (the first against the real site, whose fixed costs
  // spread over fewer pages make its figure the higher one).
  const linear = (x) => {
    const i = r.scale.indexOf(x);
    return x.msPerEntryPage <= 1.5 * (i > 0 ? r.scale[i - 1].msPerEntryPage : r.site.msPerEntryPage);
  };
  if (entries < 10000) return { searchP95: BUDGET.searchP95, paste200: BUDGET.paste200, linear };
  return {
    linear,
    buildSeconds: 600,
    peakBuildBytes: 8 * 1024 ** 3,
    entryFirstVisit: BUDGET.entryFirstVisit,
    listFirstVisit: BUDGET.entryFirstVisit,
    sitemapUrls: 50000,
    firstSearchBytes: 250 * 1024,
    searchP95: 150,
    paste200: 300,
  };
}

/**
 * Each figure at the real size and at every generated size side by side, so
 * growth shows. The real site builds triage trees and more kinds of page than
 * the generated corpus (entries only, the same 58 bodies again), so the
 * growth that matters is from one generated size to the next. Each generated
 * run's figures are marked against the budgets for its size.
 */
function printGrowth(r, mark) {
  const runs = [{ entries: r.site.entries, ...r.site }, ...r.scale];
  if (runs.length < 2) return;
  const mb = (n) => `${(n / 1024 ** 2).toFixed(0)} MB`;
  const worst = (run, f) => Math.max(...LOCALES.map((l) => f(run.search[l])));
  /** [name, show(run), check(run, budgets) → true/false, or undefined when that size has no budget for it] */
  const rows = [
    ['build, wall (cold)', (x) => `${x.buildSeconds.toFixed(1)} s`, (x, b) => b.buildSeconds && x.buildSeconds <= b.buildSeconds],
    ['build, ms per entry page', (x) => `${x.msPerEntryPage.toFixed(1)} ms`, (x, b) => b.linear(x)],
    ['build, peak memory (PSS)', (x) => mb(x.peakBuildBytes), (x, b) => b.peakBuildBytes && x.peakBuildBytes <= b.peakBuildBytes],
    [
      'heaviest entry page, first visit',
      (x) => kb(x.sizes.entryMax.bytes),
      (x, b) => b.entryFirstVisit && x.sizes.entryMax.bytes <= b.entryFirstVisit,
    ],
    [
      'heaviest list page, first visit',
      (x) => (x.sizes.listMax ? kb(x.sizes.listMax.bytes) : '—'),
      (x, b) => b.listFirstVisit && x.sizes.listPages > 0 && x.sizes.listMax.bytes <= b.listFirstVisit,
    ],
    ['  which page', (x) => x.sizes.listMax?.page ?? '—', () => undefined],
    // Search, cluster, triage, 404: their size does not grow with the corpus, and no budget holds them.
    ['heaviest other page, first visit', (x) => kb(x.sizes.otherMax.bytes), () => undefined],
    ['  which page', (x) => x.sizes.otherMax.page.replace(/\/?index\.html$/, '/'), () => undefined],
    [
      'sitemap files / most URLs in one',
      (x) => `${x.sizes.sitemapFiles} / ${x.sizes.sitemapMaxUrls}`,
      (x, b) => b.sitemapUrls && x.sizes.sitemapMaxUrls <= b.sitemapUrls,
    ],
    [
      'first search, bytes (largest language)',
      (x) => kb(worst(x, (s) => s.firstSearchBytes)),
      (x, b) => b.firstSearchBytes && worst(x, (s) => s.firstSearchBytes) <= b.firstSearchBytes,
    ],
    [
      'typed query, warm p95 (slowest language)',
      (x) => `${worst(x, (s) => s.warm.p95).toFixed(0)} ms`,
      (x, b) => worst(x, (s) => s.warm.p95) <= b.searchP95,
    ],
    [
      '200-line paste, slowest',
      (x) => `${worst(x, (s) => s.paste200.max).toFixed(0)} ms`,
      (x, b) => worst(x, (s) => s.paste200.max) <= b.paste200,
    ],
  ];
  const cell = (x, i, show, check) => {
    const text = show(x);
    if (i === 0) return text.padStart(18);
    const ok = check(x, scaleBudgets(x.entries, r));
    return `${text}${ok === true ? ' ok' : ok === false ? ` ${mark(false)}` : ''}`.padStart(18);
  };
  console.log(`\ngrowth by corpus size (entries per language)  ${runs.map((x) => String(x.entries).padStart(18)).join('')}`);
  for (const [name, show, check] of rows)
    console.log(`  ${name.padEnd(43)} ${runs.map((x, i) => cell(x, i, show, check)).join('')}`);
  console.log(
    "  budgets: ms per page ≤ 1.5 × the size before; at 1,000 the site's search budgets; at 10,000 ≤ 10 min, ≤ 8 GB, entry and list pages ≤ 14 KB, sitemap files ≤ 50,000 URLs, first search ≤ 250 KB, p95 ≤ 150 ms, paste ≤ 300 ms",
  );
}

function print(r) {
  // Any figure over its budget makes the bench exit 1, so a script or CI step can rely on it.
  const mark = (ok) => {
    if (!ok) process.exitCode = 1;
    return ok ? 'ok  ' : 'OVER';
  };
  console.log(
    `\nbuild: ${r.site.buildSeconds.toFixed(1)} s for ${r.site.entries} entries × 3 (${r.site.msPerEntryPage.toFixed(1)} ms per entry page, peak ${(r.site.peakBuildBytes / 1024 ** 2).toFixed(0)} MB)`,
  );
  console.log('  (the search page loads the search engine at once by design: its cost is the first-search figure below)');
  console.log('\nfirst visit (gzip)          html      css       js    total  requests  js-before-input  snippet-js');
  for (const [name, p] of Object.entries(r.site.pages)) {
    const budget = name.endsWith('entry') ? `${mark(p.total <= BUDGET.entryFirstVisit)} ≤ ${kb(BUDGET.entryFirstVisit)}` : '';
    console.log(
      `${name.padEnd(22)} ${kb(p.html).padStart(9)} ${kb(p.css).padStart(8)} ${kb(p.js).padStart(8)} ${kb(p.total).padStart(8)} ${String(p.requests).padStart(9)}  ${kb(p.jsBeforeInteraction).padStart(8)} ${name.endsWith('search') ? 'n/a ' : mark(p.jsBeforeInteraction <= BUDGET.jsBeforeInteraction)}  ${kb(p.snippetJs).padStart(7)} ${name.endsWith('entry') ? mark(p.snippetJs <= BUDGET.snippetJs) : '    '}  ${budget}${p.foreign.length ? `  OTHER ORIGINS: ${p.foreign.join(' ')}` : ''}`,
    );
  }
  const over = r.site.overBudget;
  console.log(
    `\nentry pages over ${kb(BUDGET.entryFirstVisit)} on a first visit: ${over.length} of ${r.site.entries * 3}; what the first screen needs (HTML to its last text + CSS, phone or laptop, the larger):`,
  );
  for (const o of [...over].sort((a, b) => b.firstVisit - a.firstVisit))
    console.log(
      `  ${o.page.padEnd(48)} ${kb(o.firstVisit).padStart(8)}   first screen ${kb(o.aboveFold).padStart(8)} ${mark(o.aboveFold <= BUDGET.entryFirstVisit)}`,
    );
  console.log('\nsearch         first-search bytes   warm median / p95     cold median / p95     200-line paste median / max');
  for (const [lang, s] of Object.entries(r.site.search)) {
    console.log(
      `${lang.padEnd(14)} ${kb(s.firstSearchBytes).padStart(18)}   ${s.warm.median.toFixed(0).padStart(6)} / ${s.warm.p95.toFixed(0)} ms ${mark(s.warm.p95 <= BUDGET.searchP95)}  ${s.cold.median.toFixed(0).padStart(8)} / ${s.cold.p95.toFixed(0)} ms   ${s.paste200.median.toFixed(0).padStart(8)} / ${s.paste200.max.toFixed(0)} ms ${mark(s.paste200.max <= BUDGET.paste200)}`,
    );
  }
  printGrowth(r, mark);
  if (r.compare) {
    const c = r.compare;
    const row = (name, ours, theirs, unit, target) =>
      console.log(
        `${name.padEnd(40)} ${`${ours}${unit}`.padStart(10)} ${`${theirs}${unit}`.padStart(10)} ${(Number(ours) / Number(theirs)).toFixed(2).padStart(7)}  ${target}`,
      );
    console.log(`\ncompared with Starlight (${c.entry})       ours  Starlight   ratio  target`);
    row('build, wall', c.buildSeconds.ours.toFixed(1), c.buildSeconds.starlight.toFixed(1), ' s', '≤ 0.8');
    const fv = (v) => ((v.bytes.html + v.bytes.css + v.bytes.js) / 1024).toFixed(1);
    row('entry first visit (gzip)', fv(c.firstVisit.ours), fv(c.firstVisit.starlight), ' KB', '');
    row('entry first visit requests', c.firstVisit.ours.requests, c.firstVisit.starlight.requests, '', '');
    for (const [name, { ours, starlight }] of Object.entries(c.firstSearch ?? {})) {
      const total = (x) => ((x.visitBytes + x.searchBytes) / 1024).toFixed(1);
      row(`first visit + first search, ${name}`, total(ours), total(starlight), ' KB', '≤ 0.75');
      row(`  first search requests`, ours.searchRequests, starlight.searchRequests, '', '≤ 1.0');
    }
    for (const [name, p] of Object.entries(c.paint))
      row(`first contentful paint, ${name}`, p.ours.toFixed(0), p.starlight.toFixed(0), ' ms', '≤ 1.0');
    for (const [name, p] of Object.entries(c.contentPaint ?? {}))
      row(
        `largest contentful paint (${p.elements.ours} / ${p.elements.starlight}), ${name}`,
        p.ours.toFixed(0),
        p.starlight.toFixed(0),
        ' ms',
        '',
      );
    console.log(`main thread before first paint, traced (median of ${TRACE_LOADS} loads each):`);
    for (const k of ['fcp', 'parse', 'style', 'layout', 'paint', 'script'])
      row(
        `  ${k === 'fcp' ? 'first paint in the trace' : k}`,
        c.beforePaint.ours[k].toFixed(1),
        c.beforePaint.starlight[k].toFixed(1),
        ' ms',
        '',
      );
  }
}

/**
 * --search DIR: the search figures of a site already built in DIR (a generated corpus kept from a
 * --scale run, say), each language's first search broken down by file, without building again.
 */
async function searchOnly(dir) {
  const server = await serve(dir, 4394);
  const browser = await launch();
  try {
    for (const lang of LOCALES) {
      const s = await searchLatency(browser, 'http://localhost:4394', lang, queries[lang]);
      console.log(
        `${lang}: first search ${kb(s.firstSearchBytes)}; warm ${s.warm.median.toFixed(0)} / ${s.warm.p95.toFixed(0)} ms (median / p95); cold ${s.cold.median.toFixed(0)} / ${s.cold.p95.toFixed(0)} ms; 200-line paste ${s.paste200.median.toFixed(0)} / ${s.paste200.max.toFixed(0)} ms (median / slowest)`,
      );
      for (const [kind, { bytes, requests }] of Object.entries(s.firstSearchParts).sort((a, b) => b[1].bytes - a[1].bytes))
        console.log(`  ${kind.padEnd(24)} ${kb(bytes).padStart(10)}  ${requests} request${requests === 1 ? '' : 's'}`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

// --report: print the last run's bench-report.json again (after a change to what is printed or marked).
if (args.includes('--search')) {
  await searchOnly(args[args.indexOf('--search') + 1]);
} else if (args.includes('--report')) {
  const report = JSON.parse(readFileSync('bench-report.json', 'utf8'));
  if (!report.site?.overBudget || !report.site?.sizes || !Array.isArray(report.scale)) {
    console.error('bench: bench-report.json comes from an older bench; run npm run bench again');
    process.exitCode = 1;
  } else print(report);
} else await main();
