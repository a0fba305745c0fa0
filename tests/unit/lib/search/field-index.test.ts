import { describe, expect, it } from 'vitest';
import {
  buildFieldIndex,
  entrySlots,
  fieldKeys,
  fieldScores,
  lowerBound,
  MAX_QUESTIONS,
  memoryLookup,
  SLOTS,
  wordLookups,
  wordSlots,
} from '../../../../src/lib/search/field-index.ts';

const entries = [
  { title: 'CoreDNS i/o timeout', summary: 'Lookups from pods time out.', questions: ['dns slow in pod', 'kube-proxy 丢包'] },
  { title: 'Pod 无法访问公网', summary: 'SNAT 规则缺失时，节点上的 Pod 无法访问外网。', questions: ['节点能通，Pod 不通'] },
  { title: 'ＩＰｖ６ dual stack', summary: 'Services get an IPv6 ClusterIP.', questions: [] },
];
const lookup = memoryLookup(buildFieldIndex(entries));
const lookupOf = (...fields: { title: string; summary: string; questions: string[] }[]) => memoryLookup(buildFieldIndex(fields));
/** A slot as [entry, field]: field 0 the title, 1 the summary, 2… the questions. */
const named = (slots: Set<number>) => [...slots].sort((a, b) => a - b).map((s) => [Math.floor(s / SLOTS), s % SLOTS]);

describe('fieldKeys', () => {
  it('files an ASCII word under itself and each ending of two or more characters', () => {
    const keys = fieldKeys('coredns');
    expect([...keys].sort()).toEqual(['coredns', 'dns', 'edns', 'ns', 'oredns', 'redns']);
  });
  it('keeps `-`, `_` and `.` inside a word, as a query does, and starts no ending with them', () => {
    expect([...fieldKeys('kube-proxy i/o')].sort()).toEqual(
      ['be-proxy', 'e-proxy', 'i', 'kube-proxy', 'o', 'oxy', 'proxy', 'roxy', 'ube-proxy', 'xy'].sort(),
    );
    expect([...fieldKeys('(v1.28)')].sort()).toEqual(['1.28', '28', 'v1.28']);
  });
  it('files other scripts under each character and each pair of neighbours, not across punctuation', () => {
    expect([...fieldKeys('节点，无法')].sort()).toEqual(['无', '无法', '法', '点', '节', '节点'].sort());
  });
});

describe('wordSlots', () => {
  it('finds an ASCII word inside a longer word, in any field, in any case', async () => {
    expect(named(await wordSlots('dns', lookup))).toEqual([
      [0, 0],
      [0, 2],
    ]);
    expect(named(await wordSlots('DNS', lookup))).toEqual(named(await wordSlots('dns', lookup)));
  });
  it('finds a word by its start (a plural, a longer form)', async () => {
    expect(named(await wordSlots('pod', lookup))).toEqual([
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });
  it('finds a word joined by punctuation whole, inside a word of the field, not its parts apart', async () => {
    expect(named(await wordSlots('kube-proxy', lookup))).toEqual([[0, 3]]);
    expect(named(await wordSlots('proxy', lookup))).toEqual([[0, 3]]);
    expect(named(await wordSlots('be-pro', lookup))).toEqual([[0, 3]]);
    expect(named(await wordSlots('proxy-kube', lookup))).toEqual([]);
    expect(named(await wordSlots('1.28', lookupOf({ title: 'Upgrade to v1.28.3', summary: '1 28', questions: [] })))).toEqual([
      [0, 0],
    ]);
  });
  it('finds a two-letter word at the end of a longer one (v6 in ipv6)', async () => {
    expect(named(await wordSlots('v6', lookup))).toEqual([
      [2, 0],
      [2, 1],
    ]);
  });
  it('folds full-width letters as the fields are folded', async () => {
    expect(named(await wordSlots('ipv6', lookup))).toEqual([
      [2, 0],
      [2, 1],
    ]);
  });
  it('needs every pair of a CJK word in one field, and a single character exactly', async () => {
    expect(named(await wordSlots('无法访问', lookup))).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(named(await wordSlots('节点', lookup))).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(named(await wordSlots('丢', lookup))).toEqual([[0, 3]]);
    // 公网 is in the title, 外网 in the summary: 网 alone is in both, 公外 in neither.
    expect(named(await wordSlots('网', lookup))).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(named(await wordSlots('公外', lookup))).toEqual([]);
  });
  it('finds nothing for a word with no letters or digits', async () => {
    expect((await wordSlots('——', lookup)).size).toBe(0);
  });
});

describe('wordLookups', () => {
  it('looks ASCII parts up by prefix and other scripts by exact pairs', () => {
    expect(wordLookups('kube-proxy')).toEqual([{ part: 'kube-proxy', keys: [{ key: 'kube-proxy', exact: false }] }]);
    expect(wordLookups('i/o')).toEqual([
      { part: 'i', keys: [{ key: 'i', exact: false }] },
      { part: 'o', keys: [{ key: 'o', exact: false }] },
    ]);
    expect(wordLookups('无法访问')).toEqual([
      {
        part: '无法访问',
        keys: [
          { key: '无法', exact: true },
          { key: '法访', exact: true },
          { key: '访问', exact: true },
        ],
      },
    ]);
    expect(wordLookups('网')).toEqual([{ part: '网', keys: [{ key: '网', exact: true }] }]);
  });
});

describe('fieldScores', () => {
  it('weighs the title and the best question at half, the summary at 0.3, each by the share of words in it', () => {
    const e = 7;
    const scores = fieldScores([
      new Set([e * SLOTS, e * SLOTS + 2]),
      new Set([e * SLOTS + 1, e * SLOTS + 3]),
      new Set([e * SLOTS + 2]),
    ]);
    // title 1 of 3, best question 2 of 3 (slot 2), summary 1 of 3
    expect(scores.get(e)).toBeCloseTo((0.5 * 1 + 0.5 * 2 + 0.3 * 1) / 3, 10);
    expect([...scores.keys()]).toEqual([e]);
  });
  it('scores no entry for no words', () => {
    expect(fieldScores([]).size).toBe(0);
  });
});

describe('entrySlots', () => {
  it('numbers an entry’s fields from entry × SLOTS and folds them', () => {
    expect(entrySlots(2, { title: 'Ｔｅｒｗａｙ', summary: 'S', questions: ['Q'] })).toEqual([
      { slot: 2 * SLOTS, text: 'terway' },
      { slot: 2 * SLOTS + 1, text: 's' },
      { slot: 2 * SLOTS + 2, text: 'q' },
    ]);
  });
  it('refuses more questions than an entry has slots for', () => {
    const questions = Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => `q${i}`);
    expect(() => entrySlots(0, { title: 't', summary: 's', questions })).toThrow(
      `search: an entry has ${MAX_QUESTIONS + 1} questions, the index holds ${MAX_QUESTIONS} at most`,
    );
    expect(entrySlots(0, { title: 't', summary: 's', questions: questions.slice(1) })).toHaveLength(SLOTS);
  });
});

describe('memoryLookup', () => {
  it('returns the keys starting with a prefix, or only the key itself when exact', async () => {
    const look = memoryLookup(
      new Map([
        ['dn', [1]],
        ['dns', [2]],
        ['dnsx', [3]],
        ['do', [4]],
      ]),
    );
    expect([...(await look('dns', false)).keys()]).toEqual(['dns', 'dnsx']);
    expect([...(await look('dns', true))]).toEqual([['dns', [2]]]);
    expect((await look('dz', true)).size).toBe(0);
    expect((await look('e', false)).size).toBe(0);
  });
});

describe('lowerBound', () => {
  it('finds the first place not below a value', () => {
    expect(lowerBound(['a', 'c', 'c', 'e'], 'c')).toBe(1);
    expect(lowerBound(['a', 'c', 'e'], 'd')).toBe(2);
    expect(lowerBound(['a', 'c', 'e'], 'f')).toBe(3);
    expect(lowerBound([], 'a')).toBe(0);
  });
});
