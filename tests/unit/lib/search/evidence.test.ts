import { describe, expect, it } from 'vitest';
import { evidenceFactor, KIND_ORDER, readEvidence, type Evidence } from '../../../../src/lib/search/evidence.ts';

const none: Evidence = { ipv6: false, components: new Set() };

describe('readEvidence', () => {
  it.each([
    ['Warning FailedCreatePodSandBox terway-eniip-7d8xk', 'terway'],
    ['pod ip 不够了 terway', 'terway'],
    ['eni not found on node', 'terway'],
    ['no ip in vsw-bp1abc234def', 'terway'],
    ['ipvlan datapath v2', 'terway'],
    ['annotation k8s.aliyun.com/pod-ip-reservation', 'terway'],
    ['网卡不够', 'terway'],
    ['kube-flannel-ds crashloop', 'flannel'],
    ['cni0 already has an IP address', 'flannel'],
    ['failed to allocate for range 0 via host-local', 'flannel'],
  ])('reads the plugin from %j', (q, plugin) => {
    expect(readEvidence(q).plugin).toBe(plugin);
  });
  it('names no plugin when the query shows both or neither', () => {
    expect(readEvidence('migrate from flannel to terway').plugin).toBeUndefined();
    expect(readEvidence('pod cannot reach internet').plugin).toBeUndefined();
    expect(readEvidence('pod cannot reach internet')).not.toHaveProperty('plugin');
  });
  it.each([
    ['pod has no ipv6 address', true],
    ['IPv6 dual-stack service', true],
    ['双栈集群', true],
    ['デュアルスタック', true],
    ['dig AAAA example.com', true],
    ['ping 2408:4005:3a1:1100::5 fails', true],
    ['route ::/0 missing', true],
    ['pod cannot reach internet', false],
    ['E1121 22:58:14.123456 12345 server.go:12] timeout', false],
    ['dial udp 192.168.0.10:53: i/o timeout', false],
  ])('reads IPv6 from %j as %s', (q, ipv6) => {
    expect(readEvidence(q).ipv6).toBe(ipv6);
    expect(readEvidence(q).components.has('ipv6')).toBe(ipv6);
  });
  it('reads the components a query names or shows', () => {
    expect([...readEvidence('dial udp 10.0.0.10:53: i/o timeout from coredns').components].sort()).toEqual(['coredns', 'dns']);
    expect([...readEvidence('ipvsadm shows no real server for the svc').components].sort()).toEqual(['ipvs', 'service']);
    expect([...readEvidence('nf_conntrack: table full, dropping packet').components]).toEqual(['conntrack']);
    expect([...readEvidence('pod 出不了公网').components]).toEqual(['snat']);
    expect([...readEvidence('kubernetes.default 403 forbidden').components]).toEqual(['api-server']);
    expect([...readEvidence('tcpdump on the node').components].sort()).toEqual(['node', 'packet-capture']);
  });
  it.each([
    ['pods cannot resolve names', 'troubleshooting'],
    ['DNS 解析超时', 'troubleshooting'],
    ['Service にアクセスできない', 'troubleshooting'],
    ['how to change the kube-proxy mode', 'howto'],
    ['如何查看 Terway 模式', 'howto'],
    ['ノードの追加手順', 'howto'],
    ['what is datapath v2', 'concept'],
    ['terway 和 flannel 的区别', 'concept'],
    ['IPVS とは', 'concept'],
  ])('reads the wanted answer from %j as %s', (q, intent) => {
    expect(readEvidence(q).intent).toBe(intent);
  });
  it('reads no intent from a bare name', () => {
    expect(readEvidence('kube-proxy-worker')).not.toHaveProperty('intent');
  });
  it('folds full-width text before reading it', () => {
    expect(readEvidence('ＴＥＲＷＡＹ　ＩＰｖ６').plugin).toBe('terway');
    expect(readEvidence('ＴＥＲＷＡＹ　ＩＰｖ６').ipv6).toBe(true);
  });
});

describe('evidenceFactor', () => {
  const terwayTrouble = { kind: 'troubleshooting' as const, plugin: ['terway'], components: ['vswitch', 'eni'] };
  const flannelTrouble = { kind: 'troubleshooting' as const, plugin: ['flannel'], components: ['ipam'] };
  const anyConcept = { kind: 'concept' as const, plugin: ['any'], components: ['dns'] };
  const ipv6Entry = { kind: 'troubleshooting' as const, plugin: ['terway'], components: ['ipv6', 'vpc'] };

  it('is neutral without evidence', () => {
    expect(evidenceFactor(terwayTrouble, none)).toBe(1);
    expect(evidenceFactor(anyConcept, none)).toBe(1);
  });
  it('raises the named plugin’s entries and sinks the other plugin’s', () => {
    const terway: Evidence = { ...none, plugin: 'terway' };
    expect(evidenceFactor(terwayTrouble, terway)).toBeCloseTo(1.2);
    expect(evidenceFactor(flannelTrouble, terway)).toBeCloseTo(0.3);
    expect(evidenceFactor(anyConcept, terway)).toBe(1);
    expect(evidenceFactor({ ...terwayTrouble, plugin: ['terway', 'any'] }, terway)).toBe(1);
  });
  it('uses the cluster’s plugin, more weakly, when the query names none', () => {
    expect(evidenceFactor(flannelTrouble, none, 'terway')).toBeCloseTo(0.6);
    expect(evidenceFactor(terwayTrouble, none, 'terway')).toBe(1);
    expect(evidenceFactor(anyConcept, none, 'terway')).toBe(1);
    expect(evidenceFactor(flannelTrouble, { ...none, plugin: 'flannel' }, 'terway')).toBeCloseTo(1.2);
  });
  it('lets an IPv6 entry win only when the query says IPv6', () => {
    expect(evidenceFactor(ipv6Entry, none)).toBeCloseTo(0.4);
    expect(evidenceFactor(ipv6Entry, { ipv6: true, components: new Set(['ipv6']) })).toBeCloseTo(1.3);
  });
  it('raises entries about the components the query shows, up to three of them', () => {
    const shows = (...c: string[]): Evidence => ({ ...none, components: new Set(c as never[]) });
    expect(evidenceFactor(terwayTrouble, shows('vswitch'))).toBeCloseTo(1.12);
    expect(evidenceFactor(terwayTrouble, shows('vswitch', 'eni'))).toBeCloseTo(1.24);
    const many = { ...terwayTrouble, components: ['a', 'b', 'c', 'd'] };
    expect(evidenceFactor(many, shows('a', 'b', 'c', 'd'))).toBeCloseTo(1.36);
  });
  it('prefers the kind of answer the wording asks for', () => {
    expect(evidenceFactor(anyConcept, { ...none, intent: 'concept' })).toBeCloseTo(1.2);
    expect(evidenceFactor(anyConcept, { ...none, intent: 'troubleshooting' })).toBeCloseTo(0.85);
    expect(evidenceFactor(terwayTrouble, { ...none, intent: 'troubleshooting' })).toBeCloseTo(1.2);
    expect(evidenceFactor(terwayTrouble, { ...none, intent: 'howto' })).toBe(1);
  });
  it('orders troubleshooting before how-to before concept', () => {
    expect(
      Object.entries(KIND_ORDER)
        .sort((a, b) => a[1] - b[1])
        .map(([k]) => k),
    ).toEqual(['troubleshooting', 'howto', 'concept']);
  });
});
