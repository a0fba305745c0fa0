import { describe, expect, it } from 'vitest';
import { fuseRanks, strictWeight } from '../../../../src/lib/search/fuse.ts';
import {
  commonWords,
  documentFrequency,
  firstSentence,
  searchIdentifiers,
  searchVocabulary,
} from '../../../../src/lib/search/index-data.ts';

describe('fuseRanks', () => {
  it('rewards ids that several lists agree on', () => {
    const fused = fuseRanks([
      { ids: ['a', 'b', 'c'], weight: 1 },
      { ids: ['c', 'b'], weight: 1 },
    ]);
    expect(fused.map((f) => f.id).at(-1)).toBe('a');
    expect(fused.find((f) => f.id === 'b')!.score).toBeGreaterThan(fused.find((f) => f.id === 'a')!.score);
  });
  it('lets a heavier list lead', () => {
    const fused = fuseRanks([
      { ids: ['a'], weight: 1 },
      { ids: ['b'], weight: 2 },
    ]);
    expect(fused[0]!.id).toBe('b');
  });
});

describe('searchVocabulary', () => {
  it('collects distinct lower-case ASCII words of four or more letters', () => {
    expect(searchVocabulary(['Flannel hairpinMode in_cluster_loadbalance', 'Pod 网络 ipvs FLANNEL'])).toEqual([
      'flannel',
      'hairpinmode',
      'in_cluster_loadbalance',
      'ipvs',
    ]);
  });
});

describe('fuseRanks scores', () => {
  it('gives each id weight / (k + rank) summed over the lists, rank counted from 1', () => {
    expect(
      fuseRanks([
        { ids: ['a', 'b'], weight: 1 },
        { ids: ['b'], weight: 2 },
      ]),
    ).toEqual([
      { id: 'b', score: 1 / 12 + 2 / 11 },
      { id: 'a', score: 1 / 11 },
    ]);
  });
  it('takes k from its second argument', () => {
    expect(fuseRanks([{ ids: ['a', 'b', 'c'], weight: 3 }], 0)).toEqual([
      { id: 'a', score: 3 },
      { id: 'b', score: 3 / 2 },
      { id: 'c', score: 1 },
    ]);
  });
  it('returns nothing for no lists', () => {
    expect(fuseRanks([])).toEqual([]);
  });
  it('gives each id of a list with scores its share of the best score, times weight / (k + 1)', () => {
    expect(fuseRanks([{ ids: ['a', 'b', 'c'], weight: 2, scores: [0.8, 0.4, 0.2] }])).toEqual([
      { id: 'a', score: 2 / 11 },
      { id: 'b', score: 1 / 11 },
      { id: 'c', score: 0.5 / 11 },
    ]);
    expect(fuseRanks([{ ids: ['a', 'b'], weight: 1, scores: [3, 3] }], 0)).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
    ]);
  });
  it('keeps a clear lead in scores clear, where ranks would make the two almost equal', () => {
    // The strict list ranks b first by a hair; the fields list puts a far ahead of b.
    const lists = [
      { ids: ['b', 'a'], weight: 2, scores: [1, 0.98] },
      { ids: ['a', 'b'], weight: 2, scores: [0.9, 0.45] },
    ];
    expect(fuseRanks(lists)[0]!.id).toBe('a');
    const ranksOnly = lists.map(({ ids, weight }) => ({ ids, weight }));
    expect(fuseRanks(ranksOnly)[0]!.score).toBeCloseTo(fuseRanks(ranksOnly)[1]!.score);
  });
  it('takes the best score wherever it stands in the list', () => {
    expect(fuseRanks([{ ids: ['a', 'b'], weight: 1, scores: [0.5, 1] }], 0)).toEqual([
      { id: 'b', score: 1 },
      { id: 'a', score: 0.5 },
    ]);
  });
  it('falls back to ranks when the scores do not go with the ids one to one', () => {
    expect(fuseRanks([{ ids: ['a', 'b'], weight: 1, scores: [1] }])).toEqual([
      { id: 'a', score: 1 / 11 },
      { id: 'b', score: 1 / 12 },
    ]);
  });
  it('falls back to ranks when the best score is zero', () => {
    expect(fuseRanks([{ ids: ['a', 'b'], weight: 1, scores: [0, 0] }])).toEqual([
      { id: 'a', score: 1 / 11 },
      { id: 'b', score: 1 / 12 },
    ]);
  });
});

describe('strictWeight', () => {
  it('is full for up to three words', () => {
    for (const n of [0, 1, 2, 3]) expect(strictWeight(n)).toBe(2);
    expect(strictWeight(2, 5)).toBe(5);
  });
  it('shrinks as three over the word count beyond that', () => {
    expect(strictWeight(4)).toBeCloseTo(1.5);
    expect(strictWeight(6)).toBeCloseTo(1);
    expect(strictWeight(12, 4)).toBeCloseTo(1);
  });
});

describe('searchVocabulary limits', () => {
  it('keeps words of 4 to 40 characters that start with a letter, digits and underscores included', () => {
    const forty = `a${'b'.repeat(39)}`;
    expect(searchVocabulary([`pod ipvs ip6tables x_y_z 10flannel ${forty} ${forty}c`])).toEqual([
      forty,
      'flannel',
      'ip6tables',
      'ipvs',
      'x_y_z',
    ]);
  });
  it('returns an empty list for texts without ASCII words', () => {
    expect(searchVocabulary(['网络 不通', ''])).toEqual([]);
  });
});

describe('searchIdentifiers', () => {
  it('collects names joined by -, _ or ., lower-cased, each once and sorted', () => {
    expect(
      searchIdentifiers([
        'Edit the kube-proxy-worker ConfigMap; set eniip_virtual_type in eni-config.',
        'Annotate k8s.aliyun.com/pod-ip-reservation and KUBE-PROXY-WORKER again',
      ]),
    ).toEqual(['eni-config', 'eniip_virtual_type', 'k8s.aliyun.com', 'kube-proxy-worker', 'pod-ip-reservation']);
  });
  it('leaves out addresses, versions, short and overlong tokens', () => {
    expect(searchIdentifiers(['10.0.0.1 v1.9.1 1.22.15-aliyun.1 a-b ' + 'x'.repeat(40) + '-' + 'y'.repeat(30)])).toEqual([]);
  });
});

describe('firstSentence', () => {
  it.each([
    ['The vSwitch has no free IP. Pods wait.', 'The vSwitch has no free IP.'],
    ['交换机没有空闲地址。新 Pod 分不到 IP。', '交换机没有空闲地址。'],
    ['vSwitch の空き IP がありません。新しい Pod は待ちます。', 'vSwitch の空き IP がありません。'],
    ['Version 1.9.1 fixed it. Upgrade.', 'Version 1.9.1 fixed it.'],
    ['No full stop at all', 'No full stop at all'],
  ])('%j → %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
});

describe('documentFrequency', () => {
  it('counts the texts using each word once per text', () => {
    expect(documentFrequency(['coredns', 'timeout', 'terway'], ['CoreDNS timeout timeout', 'coredns again', 'nothing'])).toEqual([
      2, 1, 0,
    ]);
  });
});

describe('commonWords', () => {
  it('lists the ASCII words on more than texts^0.95 of the texts, whatever their case, counted once a text', () => {
    // 20 texts: more than 20^0.95 ≈ 17.2 means 18 or more.
    const texts = Array.from({ length: 20 }, (_, i) => `${i < 18 ? 'Pod pod' : ''} ${i < 17 ? 'node' : ''} terway-${i} a 节点`);
    expect(commonWords(texts)).toEqual(['pod', 'terway']);
  });
  it('lists none for texts that share no word', () => {
    expect(commonWords(['alpha', 'beta', 'gamma'])).toEqual([]);
  });
});
