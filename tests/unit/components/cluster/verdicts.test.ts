// The verdict sentences readers see, in every language, from the real dictionaries.
import { describe, expect, it } from 'vitest';
import { verdictStrings } from '../../../../src/components/cluster/verdict-strings.ts';
import { explain, title, unchecked } from '../../../../src/components/cluster/verdicts.ts';
import { evaluate, type Rules } from '../../../../src/lib/applicability.ts';

const rules = (r: Partial<Rules>): Rules => ({ plugin: ['any'], versions: {}, modes: {}, ...r });
const en = verdictStrings('en');

describe('verdict wording', () => {
  it('asks for the deciding field by its name, not as a green "applies"', () => {
    const leak = rules({
      plugin: ['flannel'],
      versions: { kubernetes: '<1.20', flannel: '<v0.15.1.11-7e95fe23-aliyun' },
      versionMatch: 'any',
    });
    const v = evaluate(leak, { plugin: 'flannel', kubernetes: '1.22' });
    expect(title(v, en)).toBe('May apply to your cluster');
    expect(unchecked(v)).toEqual(['flannel']);
    expect(explain(v, en)).toEqual(['Set Flannel version to check.']);
    const ipv6 = evaluate(rules({ plugin: ['terway'], modes: { ipFamily: ['dualstack'] } }), { kubernetes: '1.30' });
    expect(explain(ipv6, en)).toEqual(['Set Network plugin, IP family to check.']);
    expect(explain(ipv6, verdictStrings('ja'))).toEqual(['ネットワークプラグイン、IP ファミリーを設定すると確認できます。']);
  });
  it('names the versions compared, in words', () => {
    const v = evaluate(rules({ plugin: ['terway'], versions: { terway: '>=1.8.0' } }), { plugin: 'terway', terway: '1.2' });
    expect(title(v, en)).toBe('Does not apply to your cluster');
    expect(explain(v, en)).toEqual(['Needs Terway 1.8.0 or later; you have 1.2']);
    expect(explain(v, verdictStrings('zh'))).toEqual(['需要 Terway 1.8.0 及以上，您的是 1.2']);
    expect(explain(v, verdictStrings('ja'))).toEqual(['Terway 1.8.0 以上が必要です（お使いのバージョンは 1.2）']);
    const between = evaluate(rules({ versions: { kubernetes: '>=1.16 <1.18' } }), { kubernetes: '1.14' });
    expect(explain(between, en)).toEqual(['Needs Kubernetes 1.16 or later and earlier than 1.18; you have 1.14']);
  });
  it('starts each sentence with a capital, and names plugins and modes', () => {
    const plugin = evaluate(rules({ plugin: ['flannel'] }), { plugin: 'terway' });
    expect(explain(plugin, en)).toEqual(['This entry is about Flannel; your cluster runs Terway']);
    expect(explain(plugin, verdictStrings('zh'))).toEqual(['本条目针对 Flannel，您的集群使用 Terway']);
    const mode = evaluate(rules({ modes: { kubeProxy: ['ipvs'] } }), { kubeProxy: 'iptables' });
    expect(explain(mode, en)).toEqual(['kube-proxy mode: the entry covers IPVS; yours is iptables']);
  });
  it('titles every status', () => {
    expect(title(evaluate(rules({}), { kubernetes: '1.30' }), en)).toBe('Applies to your cluster');
    const fixed = evaluate(rules({ versions: { kubernetes: '<1.20' } }), { kubernetes: '1.22' });
    expect(title(fixed, en)).toBe('Fixed in your version');
    expect(explain(fixed, en)).toEqual(['Kubernetes 1.22 already has the fix (from 1.20)']);
  });
  it('hands the page both forms of the hidden-entries count, to pick by the count', () => {
    expect(en.hidden).toBe(
      '{count} entry hidden because it does not apply to your cluster.|{count} entries hidden because they do not apply to your cluster.',
    );
  });
  it('addresses the zh reader as 您 in every verdict string', () => {
    expect(JSON.stringify(verdictStrings('zh'))).not.toContain('你');
  });
});
