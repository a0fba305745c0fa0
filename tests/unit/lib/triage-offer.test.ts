import { describe, expect, it } from 'vitest';
import { OFFER_MIN_TOKENS, OFFER_SHARE, offerTokens, offerTree } from '../../../src/lib/search/triage-offer.ts';

const trees = [
  {
    id: 'pod-no-ip',
    title: 'New pods stay in ContainerCreating without an IP address',
    symptoms: ['pod has no ip', 'pod 没有 ip', 'pod に ip がない'],
  },
  {
    id: 'dns',
    title: 'DNS lookups in pods fail, time out or are slow',
    symptoms: ['dns slow in pod', 'Pod 解析域名很慢', 'Pod の名前解決が遅い'],
  },
  { id: 'dns-copy', title: 'Another tree', symptoms: ['dns slow in pod'] },
];

describe('offerTokens', () => {
  it('takes Latin words of two or more characters, lower-cased, and CJK character pairs', () => {
    expect([...offerTokens('Pod 没有 IP')].sort()).toEqual(['ip', 'pod', '没有']);
    expect([...offerTokens('名前解決')].sort()).toEqual(['前解', '名前', '解決'].sort());
    expect([...offerTokens('a 网 kube-dns x.y')].sort()).toEqual(['kube-dns', 'x.y', '网'].sort());
    expect(offerTokens('   ').size).toBe(0);
  });
  it('reads full-width letters as their ASCII forms', () => {
    expect([...offerTokens('ＤＮＳ')]).toEqual(['dns']);
  });
});

describe('offerTree', () => {
  it.each([
    ['pod has no ip', 'pod-no-ip'],
    ['my pod has no IP address at all', 'pod-no-ip'],
    ['pod 没有 ip', 'pod-no-ip'],
    ['Pod に IP がない', 'pod-no-ip'],
    ['dns slow in pods', 'dns'],
    ['Pod の名前解決がとても遅い', 'dns'],
  ])('offers the tree for %j', (query, id) => {
    expect(offerTree(query, trees)?.id).toBe(id);
  });

  it.each(['InvalidVSwitchId.IpNotEnough', 'pod', 'how to change the cidr', '', 'pod has\nno ip'])(
    'offers nothing for %j',
    (query) => {
      expect(offerTree(query, trees)).toBeUndefined();
    },
  );

  it('needs the share and the token count: a phrase of one token is never enough, two of three are', () => {
    expect(OFFER_SHARE).toBe(0.6);
    expect(OFFER_MIN_TOKENS).toBe(2);
    const one = [{ id: 'x', title: 'conntrack', symptoms: [] }];
    expect(offerTree('conntrack', one)).toBeUndefined();
    const three = [{ id: 'y', title: 'alpha beta gamma', symptoms: [] }];
    expect(offerTree('alpha beta', three)?.id).toBe('y');
    expect(offerTree('alpha delta', three)).toBeUndefined();
  });

  it('prefers the phrase covered more, then more tokens, then the tree listed first', () => {
    const a = { id: 'a', title: 'dns slow cache', symptoms: [] };
    const b = { id: 'b', title: 'dns slow', symptoms: [] };
    expect(offerTree('dns slow', [a, b])?.id).toBe('b');
    const c = { id: 'c', title: 'dns slow pod node', symptoms: [] };
    expect(offerTree('dns slow pod node now', [b, c])?.id).toBe('c');
    expect(offerTree('dns slow in pod', trees)?.id).toBe('dns');
  });
});
