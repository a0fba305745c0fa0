import { describe, expect, it } from 'vitest';
import { synonymTerms } from '../../../../src/lib/search/synonyms.ts';

describe('synonymTerms', () => {
  it.each([
    ['pod egress broken', 'en', ['internet']],
    ['pod 出不了外网', 'zh', ['公网']],
    ['Pod から外部宛ての通信ができない', 'ja', ['インターネット']],
    ['out of NICs on the node', 'en', ['eni']],
    ['网卡不够', 'zh', ['弹性网卡', 'eni', '耗尽', '不足']],
    ['which subnet do pods use', 'en', ['vswitch']],
    ['サブネットを追加', 'ja', ['vswitch']],
    ['which flavour of terway am I on', 'en', ['mode']],
    ['pods ran out of IPs', 'en', ['exhausted']],
    ['IP が足りない', 'ja', ['枯渇', '不足']],
    ['dns very slow', 'en', ['delay']],
    ['flannel ip 泄漏', 'zh', ['泄露']],
    ['svc not reachable', 'en', ['service']],
    ['k8s dns', 'en', ['kubernetes']],
    ['域名解析失败', 'zh', ['dns']],
  ] as const)('%j in %s adds %j', (q, lang, words) => {
    expect(synonymTerms(q, lang)).toEqual(words);
  });
  it('adds nothing for the glossary’s own words', () => {
    expect(synonymTerms('pod cannot reach the internet', 'en')).toEqual([]);
    expect(synonymTerms('交换机 IP 耗尽', 'zh')).toEqual([]);
  });
  it('does not add a word the query already has', () => {
    expect(synonymTerms('egress to the internet', 'en')).toEqual([]);
  });
  it('reads words, not parts of words', () => {
    expect(synonymTerms('nicely external-dns', 'en')).toEqual([]);
  });
});
