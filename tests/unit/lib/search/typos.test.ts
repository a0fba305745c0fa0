import { describe, expect, it } from 'vitest';
import { correctWord, editDistance } from '../../../../src/lib/search/typos.ts';

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
