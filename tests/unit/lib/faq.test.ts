import { describe, expect, it, vi } from 'vitest';

/** A stand-in for an Astro collection entry: only what faq.ts reads. */
const entry = (id: string, title: string, plugin: string[] = ['any'], components: string[] = ['dns']) => ({
  id,
  data: { title, plugin, components, aliases: [] },
});

// Astro's virtual module: the collection comes from here in the build, from this list in the test.
const collection = [
  entry('zh/b-zhong', '中文标题', ['terway'], ['eni', 'vswitch']),
  entry('en/b-zhong', 'Beta', ['terway'], ['eni', 'vswitch']),
  entry('zh/a-a', '啊标题', ['flannel'], ['dns']),
  entry('en/a-a', 'Alpha', ['flannel'], ['dns']),
  entry('ja/a-a', 'アルファ', ['flannel'], ['dns']),
];
const getCollection = vi.fn(async (name: string) => (name === 'faq' ? [...collection] : []));
vi.mock('astro:content', () => ({ getCollection }));

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
    expect(faq.pluginGroups(entries).map((g) => [g.plugin, ids(g.entries)])).toEqual([
      ['terway', ['zh/b-zhong', 'en/b-zhong']],
      ['flannel', ['zh/a-a', 'en/a-a', 'ja/a-a']],
    ]);
    expect(faq.componentGroups(entries).map((g) => [g.component, g.entries.length])).toEqual([
      ['eni', 2],
      ['vswitch', 2],
      ['dns', 3],
    ]);
  });
  it('return no groups for no entries', () => {
    expect(faq.pluginGroups([])).toEqual([]);
    expect(faq.componentGroups([])).toEqual([]);
  });
});

describe('localePaths', () => {
  it('gives one static path per locale', () => {
    expect(faq.localePaths()).toEqual([{ params: { lang: 'zh' } }, { params: { lang: 'ja' } }, { params: { lang: 'en' } }]);
  });
});
