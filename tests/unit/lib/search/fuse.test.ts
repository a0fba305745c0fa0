import { describe, expect, it } from 'vitest';
import { fuseRanks } from '../../../../src/lib/search/fuse.ts';
import { searchVocabulary } from '../../../../src/lib/search/index-data.ts';

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
