import { describe, expect, it, vi } from 'vitest';

/** A stand-in for an Astro collection entry: only what faq.ts reads. */
const entry = (
  id: string,
  title: string,
  plugin: string[] = ['any'],
  components: string[] = ['dns'],
  errors: string[] = [],
  related: string[] = [],
) => ({
  id,
  data: { title, plugin, components, aliases: [], errors, related, kind: 'troubleshooting' },
});

// Astro's virtual module: the collection comes from here in the build, from this list in the test.
const collection = [
  entry('zh/b-zhong', '中文标题', ['terway'], ['eni', 'vswitch'], ['IpNotEnough']),
  entry('en/b-zhong', 'Beta', ['terway'], ['eni', 'vswitch'], ['IpNotEnough', 'i/o timeout'], ['a-a']),
  entry('zh/a-a', '啊标题', ['flannel'], ['dns'], [], ['b-zhong']),
  entry('en/a-a', 'Alpha', ['flannel'], ['dns'], ['i/o timeout'], ['b-zhong', 'gone']),
  entry('ja/a-a', 'アルファ', ['flannel'], ['dns']),
];
const getCollection = vi.fn(async (name: string) => (name === 'faq' ? [...collection] : []));
vi.mock('astro:content', () => ({ getCollection }));
// Pages of the error index small enough for the few errors here: three lines a page.
vi.mock('../../../src/lib/paging.ts', async (original) => ({
  ...(await original<typeof import('../../../src/lib/paging.ts')>()),
  ERRORS_PAGE: 3,
}));

const faq = await import('../../../src/lib/faq.ts');
type FaqEntry = import('../../../src/lib/faq.ts').FaqEntry;
const entries = collection as unknown as FaqEntry[];
const ids = (list: readonly FaqEntry[]) => list.map((e) => e.id);

describe('entry id and locale', () => {
  it('split the collection id at the first slash', () => {
    expect(faq.entryId(entries[0]!)).toBe('b-zhong');
    expect(faq.entryLocale(entries[0]!)).toBe('zh');
    expect(faq.entryId({ id: 'en/x/y' } as FaqEntry)).toBe('x/y');
    expect(faq.entryLocale({ id: 'en/x/y' } as FaqEntry)).toBe('en');
  });
});

describe('allEntries', () => {
  it('sorts by title in each entry’s own language (zh by pinyin), and loads the collection once', async () => {
    const all = await faq.allEntries();
    expect(all).toHaveLength(5);
    expect(ids(all.filter((e) => e.id.startsWith('en/')))).toEqual(['en/a-a', 'en/b-zhong']);
    // 啊 (a) before 中 (zhong) in Chinese; code-point order would put 中 (U+4E2D) first.
    expect(ids(all.filter((e) => e.id.startsWith('zh/')))).toEqual(['zh/a-a', 'zh/b-zhong']);
    expect(await faq.allEntries()).toBe(all);
    expect(getCollection).toHaveBeenCalledTimes(1);
    expect(getCollection).toHaveBeenCalledWith('faq');
  });
  it('gives the entries of one language and one entry by locale and id', async () => {
    expect(ids(await faq.entriesIn('zh'))).toEqual(['zh/a-a', 'zh/b-zhong']);
    expect(ids(await faq.entriesIn('ja'))).toEqual(['ja/a-a']);
    expect((await faq.getEntryIn('en', 'b-zhong'))?.id).toBe('en/b-zhong');
    expect(await faq.getEntryIn('ja', 'b-zhong')).toBeUndefined();
  });
});

describe('plugin and component groups', () => {
  it('filter entries by plugin and by component', () => {
    expect(ids(faq.byPlugin(entries, 'terway'))).toEqual(['zh/b-zhong', 'en/b-zhong']);
    expect(ids(faq.byPlugin(entries, 'any'))).toEqual([]);
    expect(ids(faq.byComponent(entries, 'dns'))).toEqual(['zh/a-a', 'en/a-a', 'ja/a-a']);
  });
  it('list non-empty groups in schema order', () => {
    expect(faq.componentGroups(entries).map((g) => [g.component, g.entries.length])).toEqual([
      ['eni', 2],
      ['vswitch', 2],
      ['dns', 3],
    ]);
  });
  it('return no groups for no entries', () => {
    expect(faq.pluginSections([], new Map())).toEqual([]);
    expect(faq.componentGroups([])).toEqual([]);
  });
});

/** A stand-in with a kind, plugins and errors: what the ordering helpers read. */
const typed = (id: string, kind: string, plugin: string[], errors: string[] = []) =>
  ({ id, data: { title: id, kind, plugin, components: [], errors, aliases: [], related: [] } }) as unknown as FaqEntry;

describe('kindOrder, browseOrder and pluginSections', () => {
  const list = [
    typed('en/c1', 'concept', ['terway']),
    typed('en/h1', 'howto', ['terway']),
    typed('en/t1', 'troubleshooting', ['terway']),
    typed('en/both', 'troubleshooting', ['terway', 'flannel']),
    typed('en/c2', 'concept', ['flannel']),
    typed('en/t2', 'troubleshooting', ['flannel']),
    typed('en/any', 'howto', ['any']),
    typed('en/h2', 'howto', ['terway']),
  ];
  it('put troubleshooting before how-tos before concepts, keeping the order within a kind', () => {
    expect(ids(faq.kindOrder(list))).toEqual(['en/t1', 'en/both', 'en/t2', 'en/h1', 'en/any', 'en/h2', 'en/c1', 'en/c2']);
    // A copy: the given list keeps its order.
    expect(ids(list)[0]).toBe('en/c1');
  });
  it('order a browse list by kind, then by how many entries lead to each, then as given', () => {
    const linked = new Map([
      ['h2', 3],
      ['t2', 1],
      ['c2', 2],
    ]);
    expect(ids(faq.browseOrder(list, linked))).toEqual([
      'en/t2',
      'en/t1',
      'en/both',
      'en/h2',
      'en/h1',
      'en/any',
      'en/c2',
      'en/c1',
    ]);
    expect(ids(faq.browseOrder(list, new Map()))).toEqual(ids(faq.kindOrder(list)));
    expect(ids(list)[0]).toBe('en/c1');
  });
  it('give each plugin the section its browse page lists: an entry about both plugins in both', () => {
    expect(faq.pluginSections(list, new Map([['h2', 1]])).map((g) => [g.plugin, ids(g.entries)])).toEqual([
      ['terway', ['en/t1', 'en/both', 'en/h2', 'en/h1', 'en/c1']],
      ['flannel', ['en/both', 'en/t2', 'en/c2']],
      ['any', ['en/any']],
    ]);
    expect(faq.pluginSections([list[4]!], new Map()).map((g) => g.plugin)).toEqual(['flannel']);
  });
});

describe('errorGroups', () => {
  it('list each error once with every entry that lists it, troubleshooting first, sorted ignoring case', () => {
    const a = typed('en/a', 'concept', ['flannel'], ['no IP addresses available in range set', 'Beta']);
    const b = typed('en/b', 'troubleshooting', ['flannel'], ['no IP addresses available in range set', 'alpha']);
    const c = typed('en/c', 'troubleshooting', ['any'], ["x='true'", 'X=true', 'gamma']);
    expect(faq.errorGroups([a, b, c]).map((g) => [g.anchor, g.errors, ids(g.entries)])).toEqual([
      ['e-alpha', ['alpha'], ['en/b']],
      ['e-beta', ['Beta'], ['en/a']],
      ['e-gamma', ['gamma'], ['en/c']],
      ['e-no-ip-addresses-available-in-range-set', ['no IP addresses available in range set'], ['en/b', 'en/a']],
      ['e-x-true', ["x='true'", 'X=true'], ['en/c']],
    ]);
    expect(faq.errorGroups([])).toEqual([]);
  });
  it('order variants and groups by their text alone, so every language pages its index alike', () => {
    // Another language's entry may list the variants the other way round, or come first.
    const one = typed('en/one', 'troubleshooting', ['any'], ['X=true', "x='true'"]);
    const two = typed('en/two', 'troubleshooting', ['any'], ['w', "X='true'"]);
    const groups = (list: FaqEntry[]) => faq.errorGroups(list).map((g) => [g.anchor, g.errors]);
    expect(groups([one, two])).toEqual([
      ['e-w', ['w']],
      ['e-x-true', ["x='true'", "X='true'", 'X=true']],
    ]);
    expect(groups([two, one])).toEqual(groups([one, two]));
  });
});

describe('lookups every page makes', () => {
  it('are worked out once per build: one list per language, the same list each time', async () => {
    const first = await faq.entriesIn('en');
    expect(await faq.entriesIn('en')).toBe(first);
    expect(await faq.entriesIn('zh')).not.toBe(first);
    expect(getCollection.mock.calls.filter(([name]) => name === 'faq')).toHaveLength(1);
  });

  it('count, per language, the entries that list each error, by its anchor', async () => {
    expect([...(await faq.errorListings('en'))]).toEqual([
      ['e-i-o-timeout', 2],
      ['e-ipnotenough', 1],
    ]);
    expect([...(await faq.errorListings('zh'))]).toEqual([['e-ipnotenough', 1]]);
    expect(await faq.errorListings('en')).toBe(await faq.errorListings('en'));
    expect((await faq.errorListings('ja')).size).toBe(0);
  });
});

describe('browsePages', () => {
  it('pages each key’s entries in every language, in browse order', async () => {
    const pages = await faq.browsePages(['terway', 'flannel'], faq.byPlugin);
    expect(pages.map((p) => [p.lang, p.key, p.page.number, p.page.count, ids(p.page.items)])).toEqual([
      ['zh', 'terway', 1, 1, ['zh/b-zhong']],
      ['zh', 'flannel', 1, 1, ['zh/a-a']],
      ['ja', 'terway', 1, 1, []],
      ['ja', 'flannel', 1, 1, ['ja/a-a']],
      ['en', 'terway', 1, 1, ['en/b-zhong']],
      ['en', 'flannel', 1, 1, ['en/a-a']],
    ]);
  });
});

describe('errorLines', () => {
  it('counts an error’s own line and one per entry shown under it, ERROR_ENTRIES at most', () => {
    const group = (n: number) => ({ entries: Array.from({ length: n }, (_, i) => i) });
    expect(faq.errorLines(group(1))).toBe(2);
    expect(faq.errorLines(group(10))).toBe(11);
    expect(faq.errorLines(group(170))).toBe(11);
  });
});

describe('linkedFrom and errorPages', () => {
  it('count, per language, the entries that name each entry as related, once per build', async () => {
    expect([...(await faq.linkedFrom('en'))].sort()).toEqual([
      ['a-a', 1],
      ['b-zhong', 1],
      ['gone', 1],
    ]);
    expect([...(await faq.linkedFrom('zh'))]).toEqual([['b-zhong', 1]]);
    expect((await faq.linkedFrom('ja')).size).toBe(0);
    expect(await faq.linkedFrom('en')).toBe(await faq.linkedFrom('en'));
  });
  it('page the error index by lines (a message and the entries shown under it), saying which page each error is on, once per build', async () => {
    // i/o timeout: its line and its two entries; IpNotEnough: its line and its entry. Five lines, three a page.
    const en = await faq.errorPages('en');
    expect(en.pages.map((p) => p.map((g) => g.anchor))).toEqual([['e-i-o-timeout'], ['e-ipnotenough']]);
    expect([...en.pageOf]).toEqual([
      ['e-i-o-timeout', 1],
      ['e-ipnotenough', 2],
    ]);
    expect((await faq.errorPages('zh')).pages.map((p) => p.length)).toEqual([1]);
    expect(await faq.errorPages('en')).toBe(en);
    expect((await faq.errorPages('ja')).pages).toEqual([[]]);
  });
});

describe('localePaths', () => {
  it('gives one static path per locale', () => {
    expect(faq.localePaths()).toEqual([{ params: { lang: 'zh' } }, { params: { lang: 'ja' } }, { params: { lang: 'en' } }]);
  });
});
