import { describe, expect, it } from 'vitest';
import { correctIdentifier, correctWord, editDistance } from '../../../../src/lib/search/typos.ts';

const vocabulary = new Set(['flannel', 'terway', 'conntrack', 'hairpinmode', 'coredns', 'vswitch', 'ipvs']);

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('flannle', 'flannel')).toBe(1);
    expect(editDistance('terwya', 'terway')).toBe(1);
  });
  it('stops early beyond the cap', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('correctWord', () => {
  it.each([
    ['flannle', 'flannel'],
    ['terwya', 'terway'],
    ['conntrak', 'conntrack'],
    ['corends', 'coredns'],
    ['vswtich', 'vswitch'],
  ])('%s → %s', (typo, word) => {
    expect(correctWord(typo, vocabulary)).toBe(word);
  });
  it('leaves known words, short words and other scripts alone', () => {
    expect(correctWord('flannel', vocabulary)).toBe('flannel');
    expect(correctWord('ipv', vocabulary)).toBe('ipv');
    expect(correctWord('网络插件', vocabulary)).toBe('网络插件');
  });
  it('returns the word unchanged when nothing is close', () => {
    expect(correctWord('zzqxv', vocabulary)).toBe('zzqxv');
  });
});

describe('editDistance values', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['', 'ab', 2],
    ['abc', 'abd', 1],
    ['abc', 'abxc', 1],
    ['abxc', 'abc', 1],
    ['ab', 'ba', 1],
    ['abcd', 'wxcd', 2],
    ['ab', 'abcd', 2],
    ['abcd', 'badc', 2],
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it('counts a transposition once, never a character twice (optimal string alignment)', () => {
    expect(editDistance('ca', 'abc', 5)).toBe(3);
    expect(editDistance('abcdef', 'badcfe', 5)).toBe(3);
  });
  it('returns max + 1 as soon as the lengths or a whole row are further apart than max', () => {
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 3)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('abcd', 'wxyz', 4)).toBe(4);
    expect(editDistance('abcdefgh', 'abcdwxyz', 3)).toBe(4);
  });
});

describe('correctWord details', () => {
  it('corrects four-letter words by one edit', () => {
    expect(correctWord('ipvz', vocabulary)).toBe('ipvs');
  });
  it('allows two edits from seven letters and one below', () => {
    expect(correctWord('conntrk', vocabulary)).toBe('conntrack');
    expect(correctWord('terwqq', vocabulary)).toBe('terwqq');
  });
  it('corrects words with digits, dashes and underscores', () => {
    const words = new Set(['kube-proxy', 'in_cluster_loadbalance', 'ip6tables']);
    expect(correctWord('kube-proxz', words)).toBe('kube-proxy');
    expect(correctWord('in_cluster_loadbalanse', words)).toBe('in_cluster_loadbalance');
    expect(correctWord('ip6tablse', words)).toBe('ip6tables');
  });
  it('leaves alone words that do not start with a letter or that hold other characters', () => {
    expect(correctWord('6ipvs', vocabulary)).toBe('6ipvs');
    expect(correctWord('flan.nel', vocabulary)).toBe('flan.nel');
    expect(correctWord('flannel!', vocabulary)).toBe('flannel!');
  });
  it('returns a known word as the reader wrote it, and compares without case', () => {
    expect(correctWord('Flannel', vocabulary)).toBe('Flannel');
    expect(correctWord('FLANNLE', vocabulary)).toBe('flannel');
  });
  it('prefers, among equally close words, the first of the same length as the typo', () => {
    expect(correctWord('tery', new Set(['terry', 'tary']))).toBe('tary');
    expect(correctWord('tery', new Set(['tary', 'terry']))).toBe('tary');
    expect(correctWord('tery', new Set(['terry', 'berry']))).toBe('terry');
    expect(correctWord('abcz', new Set(['abcx', 'abcy']))).toBe('abcx');
  });
  it('prefers a closer word to one of the same length', () => {
    expect(correctWord('conntrak', new Set(['conntrxx', 'conntrack']))).toBe('conntrack');
  });
  it('leaves a word alone when the only same-length word is too far', () => {
    expect(correctWord('abcde', new Set(['vwxyz']))).toBe('abcde');
  });
});

describe('correctIdentifier', () => {
  const identifiers = new Set([
    'kube-proxy-worker',
    'kube-proxy-master',
    'eniip_virtual_type',
    'eni-config',
    'k8s.aliyun.com',
    'pod-ip-reservation',
  ]);
  it.each([
    ['kube-proxy-wroker', 'kube-proxy-worker'],
    ['kube-proxy-worke', 'kube-proxy-worker'],
    ['eniip-virtual-type', 'eniip_virtual_type'],
    ['eniip_virtual-tpye', 'eniip_virtual_type'],
    ['eni_config', 'eni-config'],
    ['k8s.alyun.com', 'k8s.aliyun.com'],
    ['pod-ip-reservaton', 'pod-ip-reservation'],
  ])('%s → %s', (typo, id) => {
    expect(correctIdentifier(typo, identifiers)).toBe(id);
  });
  it('allows one edit below 12 characters and two from 12', () => {
    expect(correctIdentifier('eni-confgi', identifiers)).toBe('eni-config');
    expect(correctIdentifier('eni-cnfgi', identifiers)).toBe('eni-cnfgi');
    expect(correctIdentifier('kube-proxy-wrkr', identifiers)).toBe('kube-proxy-worker');
    expect(correctIdentifier('kube-prxy-wrkr', identifiers)).toBe('kube-prxy-wrkr');
  });
  it('leaves known identifiers, plain words and short tokens alone', () => {
    expect(correctIdentifier('kube-proxy-worker', identifiers)).toBe('kube-proxy-worker');
    expect(correctIdentifier('workers', identifiers)).toBe('workers');
    expect(correctIdentifier('eni-cf', identifiers)).toBe('eni-cf');
  });
  it('keeps the first of equally close identifiers', () => {
    expect(correctIdentifier('kube-proxy-mbster', new Set(['kube-proxy-master', 'kube-proxy-muster']))).toBe('kube-proxy-master');
  });
});
