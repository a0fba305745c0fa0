import { describe, expect, it } from 'vitest';
import { foldWidth, squash, stripNoise, terms } from '../../../../src/lib/search/normalize.ts';

describe('stripNoise', () => {
  it('removes what is unique to the reader’s cluster from a Terway log line', () => {
    const line =
      'time="2020-03-17T07:03:40Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 2095E971-E473-4BA0-853F-0C41CF52651D Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1x9y8z7w6v5u4t\\" has not enough IpAddress., retrying"';
    const out = stripNoise(line);
    expect(out).not.toMatch(/2020|2095E971|vsw-|time=|level=/);
    expect(out).toContain('Assign private ip address failed');
    expect(out).toContain('InvalidVSwitchId.IpNotEnough');
  });
  it.each([
    ['10.0.12.7:8080 refused', 'refused'],
    ['range set: 172.20.1.1-172.20.1.254', 'range set: -'],
    ['dev by mac 00:16:3e:0a:1b:2c: not found', 'dev by mac : not found'],
    ['dev by mac 00:16:3e:xx:xx:xx', 'dev by mac'],
    ['from 2001:db8::1 and fe80::216:3eff:fe03:546', 'from and'],
    ['pod coredns-6f4b8c9d7-x2k9p and terway-eniip-7d8xk', 'pod coredns and terway-eniip'],
    ['container 3f1c2a9b8e7d6c5b4a39 died', 'container died'],
    ['E1121 22:58:14.123456   12345 proxier.go:123] Failed', 'Failed'],
    ['Nov 21 22:58:14 node kernel: nf_conntrack: table full', 'node kernel: nf_conntrack: table full'],
    ['eni-2ze0abcdef123 sg-2zeabc1234567 i-2ze9876543210', ''],
  ])('%j → %j', (input, output) => {
    expect(stripNoise(input)).toBe(output);
  });
  it('keeps times of day apart from IPv6 and keeps versions', () => {
    expect(stripNoise('flannel v0.15.1.11-7e95fe23-aliyun')).toContain('v0.15.1.11');
  });
});

describe('squash and foldWidth', () => {
  it('makes error codes meet however they are written', () => {
    expect(squash('InvalidVSwitchId.IpNotEnough')).toContain(squash('IpNotEnough'));
    expect(squash('InvalidVSwitchId.IpNotEnough')).toContain(squash('ip not enough'));
  });
  it('folds full-width letters and spaces', () => {
    expect(foldWidth('ＣｏｒｅＤＮＳ　キャッシュ')).toBe('CoreDNS キャッシュ');
  });
});

describe('terms', () => {
  it('splits mixed-language queries into ASCII words and other runs', () => {
    expect(terms('Pod 访问自己的 Service 不通')).toEqual(['pod', '访问自己的', 'service', '不通']);
    expect(terms('kube-proxy-worker 10-flannel.conflist')).toEqual(['kube-proxy-worker', '10-flannel.conflist']);
  });
});

describe('stripNoise punctuation and spacing', () => {
  it('drops quotes, escaped quotes and brackets of every script, collapses and trims the spaces', () => {
    expect(stripNoise(' say \\"hi\\" (x) [y] {z} <w> “q” ‘r’ 「s」 『t』 `u`   end ')).toBe('say hi x y z w q r s t u end');
    expect(stripNoise("it's \\'quoted\\'")).toBe('it s quoted');
  });
  it('keeps letters, digits and other punctuation as they are', () => {
    expect(stripNoise('InvalidVSwitchId.IpNotEnough: 403, retrying!')).toBe('InvalidVSwitchId.IpNotEnough: 403, retrying!');
  });
  it('folds full-width text before stripping it', () => {
    expect(stripNoise('ＩｐＮｏｔＥｎｏｕｇｈ　（ｘ）')).toBe('IpNotEnough x');
  });
});

describe('squash', () => {
  it('keeps lower-case letters and digits of every script, nothing else', () => {
    expect(squash('Ip-Not_Enough 42 网络！ ＡＢ')).toBe('ipnotenough42网络ab');
  });
  it('returns an empty string for punctuation only', () => {
    expect(squash(' -_./: ')).toBe('');
  });
});

describe('terms edge cases', () => {
  it('keeps dots, dashes and underscores inside words but not at their ends, and single characters', () => {
    expect(terms('a b-c. x_y 1 Pod,网络！ok -v.')).toEqual(['a', 'b-c', 'x_y', '1', 'pod', '网络', 'ok', 'v']);
  });
  it('returns no terms for empty or punctuation-only text', () => {
    expect(terms('')).toEqual([]);
    expect(terms('!!! ... ？')).toEqual([]);
  });
  it('lower-cases full-width letters', () => {
    expect(terms('ＣｏｒｅＤＮＳ')).toEqual(['coredns']);
  });
});
