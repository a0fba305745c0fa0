import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unhashed, unusedUtilities, utilityClasses } from '../../../scripts/check-budgets.mjs';

const run = (dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check-links.mjs', dir], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('scripts/check-links.mjs', () => {
  it('fails with the page and the link for a missing page, a missing fragment and an unsafe external link', () => {
    const result = run('tests/fixtures/site-broken', { KB_MIN_LINKS: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('index.html: link "/en/faq/missing/" points to /en/faq/missing/, which does not exist');
    expect(result.stderr).toContain(
      'index.html: link "/en/faq/x/#nowhere" points to #nowhere, which en/faq/x/index.html does not have',
    );
    expect(result.stderr).toContain('index.html: external link "https://example.com/" needs rel="noopener noreferrer"');
    expect(result.stderr.trim().split('\n')).toHaveLength(3);
    expect(result.stdout).toContain('3 problem(s)');
  });

  it('takes #top without an id (HTML scrolls to the top for it) but no other missing fragment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
    writeFileSync(join(dir, 'index.html'), '<a href="#top">Back to top</a> <a href="#bottom">Bottom</a>');
    const result = run(dir, { KB_MIN_LINKS: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'index.html: link "#bottom" points to #bottom, which index.html does not have',
    ]);
  });

  it('rejects an external link with noopener but no noreferrer', () => {
    const result = run('tests/fixtures/site-noopener-only', { KB_MIN_LINKS: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('external link "https://example.com/" needs rel="noopener noreferrer"');
  });

  it('fails when it checked fewer links than a whole site has', () => {
    const result = run('tests/fixtures/site-noopener-only', { KB_MIN_LINKS: '5' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected at least 5 internal links in tests/fixtures/site-noopener-only, found 1');
  });
});

describe('scripts/validate-html.mjs', () => {
  it('fails when it validated fewer pages than the site has', () => {
    const result = spawnSync(process.execPath, ['scripts/validate-html.mjs', 'tests/fixtures/site-noopener-only'], {
      encoding: 'utf8',
      env: { ...process.env, KB_MIN_PAGES: '2' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected at least 2 pages in tests/fixtures/site-noopener-only, found 1');
  });
});

describe('scripts/check-copy.mjs', () => {
  it('fails, instead of passing, when the source texts are missing', () => {
    const result = spawnSync(process.execPath, ['scripts/check-copy.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, KB_SOURCES: 'tests/fixtures/no-such-sources' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected tests/fixtures/no-such-sources (../shared beside the project), found nothing');
  });
});

/** scripts/check-budgets.mjs on a small site (the fixture unless given), with the listing of pages over budget given. */
const checkBudgets = (exceptions = 'tests/fixtures/site-budgets-none.json', dir = 'tests/fixtures/site-budgets') =>
  spawnSync(process.execPath, ['scripts/check-budgets.mjs', dir], {
    encoding: 'utf8',
    env: { ...process.env, KB_MIN_ENTRY_PAGES: '2', KB_BUDGET_EXCEPTIONS: exceptions },
  });

describe('scripts/check-budgets.mjs', () => {
  const budgets = (exceptions: string) => checkBudgets(exceptions);

  it('fails on an entry page over the first-visit budget, naming the page and its size', () => {
    const result = budgets('tests/fixtures/site-budgets-none.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^en\/big: expected a first visit ≤ 14336 B gzip, found \d+ B/m);
    expect(result.stderr).not.toContain('en/small');
  });

  it('finds each lazy behaviour by the chunk imported on first use, whether one script imports it or one per component', () => {
    // en/big loads one page script that imports both behaviours lazily; en/small one script per behaviour.
    const result = budgets('tests/fixtures/site-budgets-none.json');
    expect(result.stderr).not.toContain('behaviour');
    expect(result.stdout).toContain('lazy behaviour max {"snippets":');
    expect(result.stdout).toContain('"entry-links":');
    // en/small also loads a second chunk built from a module named snippets: kept apart, by its path.
    expect(result.stdout).toContain('"_astro/more/snippets.z.js":');
  });

  it('holds every page that lists entries (home, browse pages, error index) to the budget, with no exceptions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-budgets-'));
    const file = join(dir, 'over.json');
    writeFileSync(file, JSON.stringify({ pages: { 'en/big': 99999 } }));
    const result = budgets(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^en\/plugin\/terway\/2\/: expected a first visit ≤ 14336 B gzip \(a page that lists entries splits into pages instead of growing; src\/lib\/paging\.ts\), found \d+ B \(HTML \d+, CSS 0, JS 0\)$/m,
    );
    for (const fine of ['en/:', 'en/plugin/terway/:', 'en/errors/:']) expect(result.stderr).not.toContain(fine);
    expect(result.stdout).toMatch(/, 4 listing pages \(heaviest \d+ B\)/);
  });

  it('fails a site with no home, browse or error index page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-budgets-'));
    cpSync('tests/fixtures/site-budgets/en/faq', join(dir, 'en/faq'), { recursive: true });
    cpSync('tests/fixtures/site-budgets/_astro', join(dir, '_astro'), { recursive: true });
    const result = checkBudgets(undefined, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`expected home, browse and error index pages in ${dir}, found none`);
  });

  it('holds a listed page to its recorded size and asks to drop a listing that is no longer needed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-budgets-'));
    const file = join(dir, 'over.json');
    writeFileSync(file, JSON.stringify({ pages: { 'en/big': 15000, 'en/small': 20000 } }));
    const result = budgets(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^en\/big: expected a first visit ≤ 15000 B gzip \(its recorded size over budget, chunk hashes blanked\), found \d+ B/m,
    );
    expect(result.stderr).toContain(`${file}: "en/small" is within budget now; remove it so it stays there`);
  });
});

describe('unused utilities (check-budgets)', () => {
  const css = [
    '@layer theme{:root{--x:1}}',
    '@layer base{.prose p{margin:0}}',
    '@layer utilities{.block{display:block}.mt-0\\.5{margin-top:.125rem}.filter{filter:var(--a)}',
    '.hover\\:underline:hover{text-decoration:underline}',
    '@media (width>=48rem){.md\\:\\[\\&\\:nth-child\\(2\\)\\]\\:border-t-0:nth-child(2){border-top-width:0}}',
    ':where(.space-y-2>:not(:last-child)){margin-block-start:.5rem}}',
    '.outside{color:red}',
  ].join('');

  it('reads the class names of the utilities layer only, escapes undone, not numbers in declarations', () => {
    expect([...utilityClasses(css)].sort()).toEqual([
      'block',
      'filter',
      'hover:underline',
      'md:[&:nth-child(2)]:border-t-0',
      'mt-0.5',
      'space-y-2',
    ]);
  });

  it('finds a utility used by no page and no script, and no other', () => {
    const html = ['<p class="block mt-0.5">', '<li class="md:[&amp;:nth-child(2)]:border-t-0"></li>'];
    const scripts = ['el.className = `space-y-2 hover:underline`;', 'xs.filter((x) => x)'];
    expect(unusedUtilities(css, html, scripts)).toEqual(['filter']);
    expect(unusedUtilities(css, html, [...scripts, "el.classList.add('filter')"])).toEqual([]);
  });

  it('reads classes a minified script sets after a template literal that spans lines, or inside ${…}', () => {
    // As the bundler writes them: a literal newline inside a template literal, then a class list.
    const minified = 'let a=t.join(`\n`),b=`x`;e.className=`rounded-md px-3`;f.className=`badge ${k?"text-sm":""}`';
    const sheet = '@layer utilities{.rounded-md{border-radius:.375rem}.px-3{padding-inline:.75rem}.text-sm{font-size:.875rem}}';
    expect(unusedUtilities(sheet, [], [minified])).toEqual([]);
    // A page's own inline script counts as a script.
    expect(unusedUtilities(sheet, ['<script>e.className="rounded-md px-3 text-sm"</script>'], [])).toEqual([]);
    // Part of a longer name, or a property, is no use of the utility.
    expect(unusedUtilities(sheet, [], ['x.rounded-md-lg;y.px-30;z.text-sm.q'])).toEqual(['px-3', 'rounded-md', 'text-sm']);
  });

  it('reads a layer written with other spacing, and no step of a @keyframes or part of an unquoted url()', () => {
    const sheet = [
      '@layer  utilities {.a{x:y}',
      '@keyframes k{33.3%{opacity:0}to{opacity:1}}',
      '.b{background:url(data:image/svg+xml,<svg xmlns=http://www.w3.org/2000/svg><style>a{b:c}</style>)}.c{x:y}}',
    ].join('');
    expect([...utilityClasses(sheet)].sort()).toEqual(['a', 'b', 'c']);
    // An escape past Unicode's range is U+FFFD, as CSS reads it, not an error.
    expect([...utilityClasses('@layer utilities{.\\ffffff{x:y}}')]).toEqual(['\ufffd']);
  });

  it('counts neither the start of a longer name nor a data block as a use', () => {
    const sheet = '@layer utilities{.mt-0{a:b}.w-1{a:b}.mt-0\\.5{a:b}.filter{a:b}}';
    expect(unusedUtilities(sheet, [], ['e.className="mt-0.5 w-1/2 filter"'])).toEqual(['mt-0', 'w-1']);
    const data = '<script type="application/ld+json">{"description":"the filter"}</script>';
    expect(unusedUtilities(sheet, [data], ['e.className="mt-0 mt-0.5 w-1"'])).toEqual(['filter']);
    expect(
      unusedUtilities(sheet, ['<script type="module">e.className="filter"</script>'], ['e.className="mt-0 mt-0.5 w-1"']),
    ).toEqual([]);
  });

  it('undoes hex escapes and reads past comments and braces inside strings', () => {
    const sheet = [
      '/*! a { comment */',
      "@layer utilities{.\\32 xl\\:flex{display:flex}.content-\\[\\'\\{\\'\\]{content:'{'}.é{color:red}}",
      '@layer components{.card{padding:0}}',
    ].join('');
    expect([...utilityClasses(sheet)].sort()).toEqual(['2xl:flex', "content-['{']", 'é']);
  });

  it('fails the check naming the stylesheet, the utility and where to leave it out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-budgets-'));
    cpSync('tests/fixtures/site-budgets', dir, { recursive: true });
    writeFileSync(join(dir, '_astro', 'Base.x.css'), '@layer utilities{.block{display:block}.static{position:static}}');
    writeFileSync(join(dir, 'en', 'index.html'), `${readFileSync(join(dir, 'en', 'index.html'), 'utf8')}<p class="block"></p>`);
    const result = checkBudgets(undefined, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${join(dir, '_astro', 'Base.x.css')}: expected every utility to be used by a page or a script, found .static used by none (a word Tailwind found in code or prose: leave it out with @source not inline() in src/styles/global.css)`,
    );
    expect(result.stderr).not.toContain('found .block');
  });
});

describe('unhashed (check-budgets)', () => {
  it('blanks the content hash of chunk names, so a renamed chunk is not growth', () => {
    expect(unhashed('<script type="module" src="/_astro/search-box.22x51yI9.js"></script>')).toBe(
      '<script type="module" src="/_astro/search-box.________.js"></script>',
    );
    expect(unhashed('import("./engine.Ab_-9xYz.js");@import "x.C5XRdWbc.css"')).toBe(
      'import("./engine.________.js");@import "x.________.css"',
    );
  });
  it('leaves other dotted names alone', () => {
    for (const text of ['kube-proxy.config.js', 'a.1234567.js', 'a.123456789.js', 'v1.30.1-aliyun.1'])
      expect(unhashed(text)).toBe(text);
  });
});

describe('scripts/check-links.mjs on unquoted attributes', () => {
  it('checks bare and single-quoted href values too', () => {
    const result = spawnSync(process.execPath, ['scripts/check-links.mjs', 'tests/fixtures/site-unquoted'], {
      encoding: 'utf8',
      env: { ...process.env, KB_MIN_LINKS: '0' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('link "/en/faq/missing/" points to /en/faq/missing/, which does not exist');
    expect(result.stderr).toContain('link "/en/nowhere/" points to /en/nowhere/, which does not exist');
    expect(result.stdout).toContain('3 internal links checked');
  });
});
