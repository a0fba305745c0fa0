import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A built site of entry pages: `[lang, id, words, html lang]` (the lang's own tag unless given). */
function site(pages: [string, string, string, string?][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-'));
  for (const [lang, id, words, tag] of pages) {
    mkdirSync(join(dir, lang, 'faq', id), { recursive: true });
    writeFileSync(
      join(dir, lang, 'faq', id, 'index.html'),
      `<!doctype html><html lang="${tag ?? (lang === 'zh' ? 'zh-CN' : lang)}"><head><title>${id}</title></head><body><main data-pagefind-body><h1>${id}</h1><p>${words}</p></main></body></html>`,
    );
    writeFileSync(join(dir, lang, 'search-index.json'), JSON.stringify({ entries: [], vocabulary: ['kept'] }));
  }
  return dir;
}

const run = (dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/pagefind.mjs'], { encoding: 'utf8', env: { ...process.env, KB_OUT_DIR: dir, ...env } });

describe('scripts/pagefind.mjs', () => {
  it('writes one bundle for all languages (a run each), whose entry file lists every language and its pages', () => {
    const dir = site([
      ['en', 'conntrack-full', 'nf_conntrack table full dropping packet'],
      ['en', 'dns-timeout', 'i/o timeout while resolving'],
      ['ja', 'conntrack-full', 'テーブルが満杯です'],
      ['zh', 'conntrack-full', '连接跟踪表已满'],
    ]);
    const result = run(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`pagefind: indexed 4 pages into ${dir}/pagefind, one run per language (`);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]))).toEqual({
      en: 2,
      ja: 1,
      'zh-cn': 1,
    });
    // Each language's metadata and word index are in the bundle, none removed by a later run (these pages have no filters).
    const files = readdirSync(join(dir, 'pagefind'), { recursive: true }).map(String);
    for (const [lang, { hash }] of Object.entries(entry.languages)) {
      expect(files, lang).toContain(`pagefind.${hash}.pf_meta`);
      expect(files.filter((f) => f.startsWith(`index/${lang}_`)).length, lang).toBeGreaterThan(0);
    }
    // Each language's search data gains Pagefind's page ids (named after its fragments), and keeps what it had.
    const index = (lang: string) =>
      JSON.parse(readFileSync(join(dir, lang, 'search-index.json'), 'utf8')) as {
        vocabulary: string[];
        pages: Record<string, string>;
      };
    expect(Object.values(index('en').pages).sort()).toEqual(['conntrack-full', 'dns-timeout']);
    expect(Object.values(index('zh').pages)).toEqual(['conntrack-full']);
    expect(index('en').vocabulary).toEqual(['kept']);
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect(Object.keys({ ...index('en').pages, ...index('ja').pages, ...index('zh').pages }).sort()).toEqual(fragments.sort());
  });

  it('splits the search data of a language with more entries than the limit, and drops the parts of an earlier split', () => {
    const dir = site([
      ['en', 'conntrack-full', 'nf_conntrack table full dropping packet'],
      ['en', 'dns-timeout', 'i/o timeout while resolving'],
      ['zh', 'conntrack-full', '连接跟踪表已满'],
    ]);
    const entry = (id: string, title: string, errors: string[]) => ({
      id,
      title,
      summary: `${title}.`,
      questions: [],
      kind: 'troubleshooting',
      plugin: ['any'],
      components: [],
      circumstances: [],
      errors,
      versions: {},
      versionMatch: 'all',
      modes: {},
    });
    const whole = {
      entries: [entry('dns-timeout', 'DNS timeout', ['i/o timeout']), entry('conntrack-full', 'Conntrack full', ['table full'])],
      trees: [],
      triageOffer: '{title}',
      vocabulary: ['timeout'],
      df: [1],
      identifiers: [],
    };
    writeFileSync(join(dir, 'en', 'search-index.json'), JSON.stringify(whole));
    mkdirSync(join(dir, 'en', 'search-index', 'r'), { recursive: true });
    writeFileSync(join(dir, 'en', 'search-index', 'r', '7.json'), '{}');
    const result = run(dir, { KB_SEARCH_SPLIT_ABOVE: '1' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/en: 2 entries, search data split in \d+ files/);
    expect(result.stdout).toContain('zh: 1 entries)');
    const core = JSON.parse(readFileSync(join(dir, 'en', 'search-index.json'), 'utf8')) as {
      count: number;
      pagefind: string;
      version: string;
      fields: string[];
      errors: { parts: number };
    };
    expect(core.count).toBe(2);
    // Pagefind's metadata file for English, whose page list numbers the entries (no id table of its own).
    const entryFile = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    expect(core.pagefind).toBe(`pagefind.${entryFile.languages.en!.hash}.pf_meta`);
    expect(core).not.toHaveProperty('pages');
    // The parts in the folder the core names; the earlier run's files are gone.
    expect(readdirSync(join(dir, 'en', 'search-index'))).toEqual([core.version]);
    const parts = readdirSync(join(dir, 'en', 'search-index', core.version), { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('.json'))
      .sort();
    // Entries in id order, each in its own file.
    expect(parts.filter((p) => p.startsWith('r/'))).toEqual(['r/0.json', 'r/1.json']);
    expect(JSON.parse(readFileSync(join(dir, 'en', 'search-index', core.version, 'r', '0.json'), 'utf8')).id).toBe(
      'conntrack-full',
    );
    expect(parts.filter((p) => p.startsWith('f/'))).toHaveLength(core.fields.length);
    expect(parts.filter((p) => p.startsWith('e/'))).toHaveLength(core.errors.parts);
    // A language at or under the limit keeps its data whole.
    expect(existsSync(join(dir, 'zh', 'search-index'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'zh', 'search-index.json'), 'utf8')).vocabulary).toEqual(['kept']);
  });

  it('fails when a folder’s pages say another language, which would take that language’s place in the bundle', () => {
    const dir = site([
      ['en', 'a', 'words'],
      ['ja', 'a', 'words in English by mistake', 'en'],
    ]);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'pagefind: expected the pages under /ja/ to be indexed as one language, "ja" (their <html lang>), found "en"',
    );
  });

  it('fails when a language has no search data to add page ids to, naming the file', () => {
    const dir = site([['en', 'a', 'words']]);
    rmSync(join(dir, 'en', 'search-index.json'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `pagefind: expected ${join(dir, 'en', 'search-index.json')} (written by the build) to add page ids to, found none`,
    );
  });

  it('fails on a site with no entry pages to index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><p>home</p></body></html>');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`pagefind: expected entry pages marked data-pagefind-body in ${dir}, found none`);
  });

  it('fails on an indexed page outside a language folder, naming it', () => {
    const dir = site([['en', 'a', 'words']]);
    writeFileSync(
      join(dir, 'stray.html'),
      '<!doctype html><html lang="en"><body><main data-pagefind-body>x</main></body></html>',
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`pagefind: expected ${join(dir, 'stray.html')} under a language folder, found /stray.html`);
  });
});
