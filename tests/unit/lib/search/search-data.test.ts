import { describe, expect, it } from 'vitest';
import { SLOTS, wordSlots } from '../../../../src/lib/search/field-index.ts';
import type { SearchEntry, SearchIndex } from '../../../../src/lib/search/index-data.ts';
import { gunzip } from '../../../../src/lib/search/pagefind-pages.ts';
import { matchKnownErrors } from '../../../../src/lib/search/known-errors.ts';
import {
  errorRuns,
  errorRunsOf,
  hash,
  isSplit,
  paddedKey,
  PART_BYTES,
  splitData,
  splitIndex,
  SPLIT_ABOVE,
  wholeData,
  type FieldPart,
  type SearchData,
} from '../../../../src/lib/search/search-data.ts';
import { byCodeUnits } from '../../../../src/lib/search/normalize.ts';
import { metaFile } from './pagefind-meta.ts';

const TITLES = [
  'CoreDNS i/o timeout from pods',
  'Pod 无法访问公网',
  'kube-proxy IPVS 模式下 Service 不通',
  'Terway ENI 分配 IP 失败',
  'conntrack table full, packets dropped',
  'IPv6 dual stack: Service has no IPv6 address',
  'ノードから Pod に接続できない',
  'Flannel の vxlan で MTU が合わない',
];
const SUMMARIES = [
  'Lookups time out when the node-local DNS cache is missing.',
  'SNAT 规则缺失时，节点上的 Pod 无法访问外网。',
  'IPVS 会话保持导致请求落到已删除的后端。',
  'vSwitch 的可用 IP 不足时，Terway 无法为 Pod 分配地址。',
  'nf_conntrack_max is too small for the node’s connections.',
  'DNS の応答が遅いとき、CoreDNS の設定を確認します。',
];
const ERRORS = [
  'InvalidVSwitchId.IpNotEnough',
  'failed to allocate for range 0: no IP addresses available in range set',
  'no IP addresses available in range set',
  'nf_conntrack: table full, dropping packet',
  'dial tcp 10.96.0.10:53: i/o timeout',
  'read udp 172.20.0.5:53: i/o timeout',
  'no route to host',
  'Assign private ip address failed',
  '网络插件未就绪',
];
const KINDS = ['troubleshooting', 'howto', 'concept'] as const;

/** A whole index of `n` entries made from the lines above, in title order as the build writes it, with Pagefind ids. */
function wholeIndex(n: number): SearchIndex {
  const entries: SearchEntry[] = Array.from({ length: n }, (_, i) => ({
    id: `${['dns', 'snat', 'ipvs', 'eni', 'ct', 'v6'][i % 6]}-${(i * 7919) % n}`,
    title: `${TITLES[i % TITLES.length]} (${i})`,
    summary: SUMMARIES[(i * 3) % SUMMARIES.length]!,
    questions: Array.from({ length: i % 4 }, (_, q) => `${TITLES[(i + q + 1) % TITLES.length]} ${q ? '怎么办' : 'why'}`),
    kind: KINDS[i % 3]!,
    plugin: i % 5 === 0 ? ['any'] : [i % 2 ? 'terway' : 'flannel'],
    components: i % 7 === 0 ? ['ipv6', 'service'] : ['dns'],
    circumstances: i % 11 === 0 ? ['after-upgrade'] : [],
    errors: Array.from({ length: i % 3 }, (_, k) => ERRORS[(i + k * 4) % ERRORS.length]!),
    versions: {},
    versionMatch: 'all',
    modes: i % 9 === 0 ? { proxyMode: 'ipvs' } : {},
  })) as unknown as SearchEntry[];
  entries.sort((a, b) => a.title.localeCompare(b.title));
  return {
    entries,
    trees: [{ id: 'dns', title: 'DNS', symptoms: ['dns slow'] }],
    triageOffer: 'Check step by step: {title}',
    vocabulary: ['timeout'],
    df: [3],
    identifiers: ['kube-proxy'],
    common: ['pod'],
    pages: Object.fromEntries(entries.map((e, i) => [`en_${i.toString(16).padStart(7, '0')}`, e.id])),
  };
}

/** Pagefind's page list of an index: its pages in the order scripts/pagefind.mjs adds them, by id. */
const pageOrder = (x: SearchIndex) =>
  Object.entries(x.pages!)
    .sort((a, b) => byCodeUnits(a[1], b[1]))
    .map(([page]) => page);
const META = 'pagefind.en_0123456789.pf_meta';
const splitOf = (x: SearchIndex) => splitIndex(x, { file: META, pageIds: pageOrder(x) });

const index = wholeIndex(400);
const { core, files } = splitOf(index);
/** The split form, fetching from `files` and noting each path fetched in `fetched`. */
function splitForm(fetched: string[] = [], meta = metaFile(pageOrder(index))): Promise<SearchData> {
  const folder = `search-index/${core.version}/`;
  return splitData(
    core,
    async (path) => {
      fetched.push(path);
      if (!path.startsWith(folder) || !files.has(path.slice(folder.length))) throw new Error(`no ${path}`);
      return JSON.parse(files.get(path.slice(folder.length))!);
    },
    async (name) => {
      fetched.push(`pagefind/${name}`);
      return gunzip(meta);
    },
  );
}
/** A part as written. */
const part = <T>(path: string): T => JSON.parse(files.get(path)!) as T;
const split = await splitForm();
const whole = wholeData(index);
const ids = index.entries.map((e) => e.id).sort((a, b) => a.localeCompare(b));

/** An entry's id from a key of either form. */
const idOf = (data: SearchData, key: string) => (data === whole ? key : ids[Number(key)]!);
/** Slots as `id/field`, comparable between the forms (entries are numbered differently in each). */
async function slotsOf(data: SearchData, word: string): Promise<string[]> {
  const slots = await wordSlots(word, data.lookup);
  return [...slots].map((s) => `${idOf(data, data.keyOf(Math.floor(s / SLOTS)))}/${s % SLOTS}`).sort();
}

describe('splitIndex', () => {
  it('numbers entries in id order and keeps each one whole in a file of its own', () => {
    expect(core.count).toBe(400);
    ids.forEach((id, n) => expect(part<SearchEntry>(`r/${n}.json`).id).toBe(id));
  });
  it('keeps each distinct facet set once, and maps Pagefind ids to entry numbers', () => {
    expect(core.meta.of).toHaveLength(400);
    expect(new Set(core.meta.sets.map((m) => JSON.stringify(m))).size).toBe(core.meta.sets.length);
    expect(core.pagefind).toBe(META);
    expect(core).not.toHaveProperty('pages');
  });
  it('cuts the field index into sorted key ranges of about PART_BYTES, named by their first key', () => {
    expect(core.fields.length).toBeGreaterThan(3);
    expect([...core.fields].sort()).toEqual(core.fields);
    core.fields.forEach((first, i) => {
      const { keys } = part<FieldPart>(`f/${i}.json`);
      expect(keys[0]).toBe(first);
      expect([...keys].sort()).toEqual(keys);
      if (keys.length > 1) expect(files.get(`f/${i}.json`)!.length).toBeLessThan(PART_BYTES * 1.5);
    });
    expect(files.has(`f/${core.fields.length}.json`)).toBe(false);
  });
  it('files each error under its runs, in parts by hash, with the heads and the longest error in the core', () => {
    expect(core.errors.parts).toBeGreaterThan(0);
    for (let i = 0; i < core.errors.parts; i++) expect(files.has(`e/${i}.json`)).toBe(true);
    expect(files.has(`e/${core.errors.parts}.json`)).toBe(false);
    expect(core.errors.heads).toContain('inva');
    expect(core.errors.longest).toBe('failedtoallocateforrange0noipaddressesavailableinrangeset'.length);
  });
  it('names the parts’ folder by a hash of them all: the same data the same name, any change another', () => {
    expect(core.version).toMatch(/^[0-9a-f]{16}$/);
    expect(splitOf(wholeIndex(400)).core.version).toBe(core.version);
    const changed = wholeIndex(400);
    const edited: SearchIndex = {
      ...changed,
      entries: [{ ...changed.entries[0]!, summary: 'changed' }, ...changed.entries.slice(1)],
    };
    expect(splitOf(edited).core.version).not.toBe(core.version);
  });
  it('refuses a Pagefind page list that is not the entries’ pages, each once', () => {
    const order = pageOrder(index);
    expect(() => splitIndex(index, { file: META, pageIds: [...order, 'en_fffffff'] })).toThrow(
      `search: ${META} lists page en_fffffff, which is no entry of search-index.json`,
    );
    expect(() => splitIndex(index, { file: META, pageIds: [order[1]!, order[0]!, ...order.slice(2)] })).toThrow(
      `search: expected ${META} to list the pages in id order (scripts/pagefind.mjs adds them so), found ${ids[1]} before ${ids[0]}`,
    );
    expect(() => splitIndex(index, { file: META, pageIds: [...order.slice(1), order[2]!] })).toThrow(
      `search: expected ${META} to list each of the 400 entries' pages once, found 400 pages for 399 entries`,
    );
  });
  it('leaves the common words out of searches above SPLIT_ABOVE entries, whole or split, and never below', async () => {
    expect(index.entries.length).toBeGreaterThan(SPLIT_ABOVE);
    expect([...split.common]).toEqual(['pod']);
    expect([...whole.common]).toEqual(['pod']);
    const small = wholeIndex(SPLIT_ABOVE);
    expect(small.common).toEqual(['pod']);
    expect(wholeData(small).common.size).toBe(0);
    const smallSplit = splitOf(small);
    const data = await splitData(
      smallSplit.core,
      async () => ({}),
      async () => gunzip(metaFile(pageOrder(small))),
    );
    expect(data.common.size).toBe(0);
  });
  it('says which form a search-index.json is', () => {
    expect(isSplit(core)).toBe(true);
    expect(isSplit(index)).toBe(false);
  });
  it('refuses an index without Pagefind ids, and an entry with more errors than a place can say', () => {
    const { pages: _pages, ...bare } = index;
    expect(() => splitIndex(bare, { file: META, pageIds: [] })).toThrow(
      'search: expected Pagefind page ids in search-index.json before splitting it',
    );
    const few = wholeIndex(3);
    const errors = Array.from({ length: 65 }, (_, i) => `error number ${i}`);
    const many: SearchIndex = { ...few, entries: [{ ...few.entries[0]!, errors }, ...few.entries.slice(1)] };
    expect(() => splitOf(many)).toThrow(`search: entry ${many.entries[0]!.id} lists 65 errors, a split index holds 64 at most`);
  });
});

describe('the split form answers as the whole one does', () => {
  it.each([
    'dns',
    'pod',
    'proxy',
    'kube-proxy',
    'ip',
    'timeout',
    'ipv6',
    'zzq',
    '节点',
    '无法访问',
    '网',
    'ノード',
    '怎么办',
    'mtu',
  ])('finds the same fields for %j', async (word) => {
    expect(await slotsOf(split, word)).toEqual(await slotsOf(whole, word));
  });
  it('finds the same fields for a prefix whose keys run over more than one part', async () => {
    const prefix = core.fields
      .slice(1)
      .find((first) => /^[a-z]/.test(first))!
      .slice(0, 1);
    const fetched: string[] = [];
    const fresh = await splitForm(fetched);
    expect(await slotsOf(fresh, prefix)).toEqual(await slotsOf(whole, prefix));
    expect(fetched.filter((p) => p.startsWith(`search-index/${core.version}/f/`)).length).toBeGreaterThan(1);
  });
  it('finds some fields for words that are there (the comparison is not of two empty lists)', async () => {
    expect((await slotsOf(whole, 'pod')).length).toBeGreaterThan(100);
    expect((await slotsOf(whole, '无法访问')).length).toBeGreaterThan(10);
  });
  it.each([
    'level=warning msg="Assign private ip address failed: Code: InvalidVSwitchId.IpNotEnough"',
    'IpNotEnough',
    'ip not enough',
    'failed to allocate for range 0: no IP addresses available in range set: 10.1.0.1-10.1.0.254',
    ';; connection timed out; dial tcp 10.96.0.10:53: i/o timeout',
    'no route to host',
    'no route to',
    'kernel: nf_conntrack: table full, dropping packet',
    '网络插件未就绪，请稍后',
    'nothing known here at all',
  ])('matches the same known errors in %j', async (q) => {
    // Among equal scores the forms list entries in their own order (title, id); the engine orders them itself.
    const named = async (data: SearchData) =>
      matchKnownErrors(q, await data.errorSources([q]))
        .map((m) => ({ ...m, id: idOf(data, m.id) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const expected = await named(whole);
    expect(await named(split)).toEqual(expected);
    // Where the matched error stands in its entry's list, and how many it lists, as ordering reads them.
    const fresh = await splitForm();
    for (const m of matchKnownErrors(q, await fresh.errorSources([q]))) {
      const id = idOf(fresh, m.id);
      expect(fresh.errorPlace(m.id, m.error), id).toBe(whole.errorPlace(id, m.error));
      expect(fresh.errorCount(m.id), id).toBe(whole.errorCount(id));
    }
  });
  it('matches known errors at all (the comparison is not of two empty lists)', async () => {
    expect(matchKnownErrors('no route to host', await whole.errorSources([])).length).toBeGreaterThan(10);
  });
  it('gives the same entries, facets and Pagefind mapping', async () => {
    for (const n of [0, 17, 399]) {
      const key = split.keyOf(n);
      const id = ids[n]!;
      expect((await split.entries([key])).get(key)).toEqual(index.entries.find((e) => e.id === id));
      const { kind, plugin, components, circumstances, versions, versionMatch, modes } = whole.meta(id);
      expect(split.meta(key)).toEqual({
        kind,
        plugin,
        components,
        circumstances,
        versions,
        versionMatch,
        modes,
        errorCount: whole.errorCount(id),
      });
      expect(split.errorCount(key)).toBe(whole.errorCount(id));
    }
    for (const page of Object.keys(index.pages!).slice(0, 20))
      expect(idOf(split, split.pageKey(page)!)).toBe(whole.pageKey(page));
    expect(split.pageKey('en_nothere')).toBeUndefined();
    expect(whole.pageKey('en_nothere')).toBeUndefined();
  });
  it('keys sort as the ids they stand for', () => {
    const keys = Array.from({ length: 400 }, (_, n) => split.keyOf(n));
    expect([...keys].sort((a, b) => a.localeCompare(b))).toEqual(keys);
    expect(keys.map((k) => split.numberOf(k))).toEqual(keys.map((_, n) => n));
    expect(paddedKey(42)).toBe('000042');
  });
});

describe('what the split form fetches', () => {
  it('one field part for a word whose keys sit in one range, each part once', async () => {
    const fetched: string[] = [];
    const fresh = await splitForm(fetched);
    await wordSlots('mtu', fresh.lookup);
    await wordSlots('mtu', fresh.lookup);
    expect(fetched.filter((p) => p.startsWith(`search-index/${core.version}/f/`))).toHaveLength(1);
  });
  it('only the error parts of the runs a query can match', async () => {
    const fetched: string[] = [];
    await (await splitForm(fetched)).errorSources(['no route to host']);
    const expected = new Set(
      errorRunsOf('noroutetohost', new Set(core.errors.heads), core.errors.longest).map((r) => hash(r) % core.errors.parts),
    );
    const parts = fetched.filter((p) => p !== `pagefind/${META}`);
    expect(parts.every((p) => p.startsWith(`search-index/${core.version}/e/`))).toBe(true);
    expect(new Set(parts.map((p) => Number(/e\/(\d+)\.json$/.exec(p)![1])))).toEqual(expected);
    expect(expected.size).toBeGreaterThan(0);
  });
  it('an entry’s file only when its texts are wanted', async () => {
    const fetched: string[] = [];
    await (await splitForm(fetched)).entries([split.keyOf(5), split.keyOf(6)]);
    expect(fetched.sort()).toEqual([
      `pagefind/${META}`,
      `search-index/${core.version}/r/5.json`,
      `search-index/${core.version}/r/6.json`,
    ]);
  });
  it('asks again for a part whose fetch failed', async () => {
    let calls = 0;
    const flaky = await splitData(
      core,
      async (path) => {
        calls++;
        if (calls === 1) throw new Error('offline');
        return JSON.parse(files.get(path.replace(`search-index/${core.version}/`, ''))!);
      },
      async () => gunzip(metaFile(pageOrder(index))),
    );
    await expect(flaky.entries([flaky.keyOf(1)])).rejects.toThrow('offline');
    expect((await flaky.entries([flaky.keyOf(1)])).get(flaky.keyOf(1))?.id).toBe(ids[1]);
  });
});

describe('errorRuns and errorRunsOf', () => {
  it('files an error under its head and each run a part of eight or more can start with', () => {
    expect(errorRuns('noroutetohost')).toEqual(['noro', 'orou', 'rout', 'oute', 'utet', 'teto']);
    expect(errorRuns('abc')).toEqual([]);
    expect(errorRuns('abcdef')).toEqual(['abcd']);
  });
  it('looks a query up by the heads in it, and by its first run when it could be part of an error', () => {
    const heads = new Set(['noro', 'dial']);
    expect(errorRunsOf('xxnoroutetohostxx', heads, 40)).toEqual(['noro', 'xxno']);
    expect(errorRunsOf('xxnoroutetohostxx', heads, 10)).toEqual(['noro']);
    expect(errorRunsOf('xnoro', heads, 40)).toEqual(['noro']);
  });
  it('hashes as FNV-1a', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
    expect(hash('a', 1)).not.toBe(hash('a'));
  });
});

describe('splitData', () => {
  it('maps Pagefind page ids to entries by the metadata file’s order, and refuses one of another deploy', async () => {
    for (const [page, id] of Object.entries(index.pages!)) expect(idOf(split, split.pageKey(page)!)).toBe(id);
    const fetched: string[] = [];
    await splitForm(fetched);
    expect(fetched).toEqual([`pagefind/${META}`]);
    await expect(splitForm([], metaFile(pageOrder(index).slice(1)))).rejects.toThrow(
      `search: ${META} lists 399 pages, the search data 400 entries (files from two deploys?)`,
    );
  });
});

describe('wholeData', () => {
  it('refuses an index without Pagefind ids, saying what adds them', () => {
    const { pages: _pages, ...bare } = index;
    expect(() => wholeData(bare)).toThrow('search: search-index.json has no Pagefind page ids (scripts/pagefind.mjs adds them)');
  });
});
