import { describe, expect, it } from 'vitest';
import { clusterFromParams, clusterToParams, evaluate, type Rules } from '../../../src/lib/applicability.ts';

const rules = (r: Partial<Rules>): Rules => ({ plugin: ['any'], versions: {}, modes: {}, ...r });

describe('evaluate', () => {
  it('says nothing until a cluster is given', () => {
    expect(evaluate(rules({ plugin: ['terway'] }), {}).status).toBe('unset');
  });
  it('rules out entries for the other plugin', () => {
    const v = evaluate(rules({ plugin: ['flannel'] }), { plugin: 'terway' });
    expect(v).toEqual({ status: 'not-applicable', reasons: [{ kind: 'plugin', expected: ['flannel'], found: 'terway' }] });
  });
  it('accepts a version inside the range', () => {
    expect(
      evaluate(rules({ plugin: ['terway'], versions: { terway: '>=1.2.0' } }), { plugin: 'terway', terway: 'v1.10.2' }).status,
    ).toBe('applies');
  });
  it('rules out a version below the range', () => {
    const v = evaluate(rules({ plugin: ['terway'], versions: { terway: '>=1.2.0' } }), { plugin: 'terway', terway: '1.1.9' });
    expect(v.status).toBe('not-applicable');
    expect(v.reasons[0]).toEqual({ kind: 'version', component: 'terway', range: '>=1.2.0', found: '1.1.9' });
  });
  it('recognises a reader who already has the fix', () => {
    const v = evaluate(rules({ plugin: ['flannel'], versions: { flannel: '<v0.15.1.11-7e95fe23-aliyun' } }), {
      plugin: 'flannel',
      flannel: 'v0.15.1.22-20a397e6-aliyun',
    });
    expect(v).toEqual({
      status: 'fixed',
      reasons: [
        { kind: 'fixed', component: 'flannel', fixedIn: 'v0.15.1.11-7e95fe23-aliyun', found: 'v0.15.1.22-20a397e6-aliyun' },
      ],
    });
  });
  it('applies to an affected Flannel build', () => {
    expect(
      evaluate(rules({ plugin: ['flannel'], versions: { flannel: '<v0.15.1.11-7e95fe23-aliyun' } }), {
        flannel: 'v0.15.1.4-e02c8f12-aliyun',
      }).status,
    ).toBe('applies');
  });
  it('lists what it could not check when the reader left it out', () => {
    const v = evaluate(rules({ plugin: ['terway'], versions: { kubernetes: '>=1.18' }, modes: { kubeProxy: ['ipvs'] } }), {
      plugin: 'terway',
    });
    expect(v.status).toBe('applies');
    expect(v.reasons).toEqual([
      { kind: 'unknown', what: 'kubernetes' },
      { kind: 'unknown', what: 'kubeProxy' },
    ]);
  });
  it('rules out a mode that does not match', () => {
    const v = evaluate(rules({ modes: { datapath: ['ipvlan'] } }), { datapath: 'datapathv2' });
    expect(v.reasons).toEqual([{ kind: 'mode', mode: 'datapath', expected: ['ipvlan'], found: 'datapathv2' }]);
  });
  it('uses Kubernetes minors as whole lines', () => {
    expect(evaluate(rules({ versions: { kubernetes: '<=1.16 || >=1.18' } }), { kubernetes: '1.16.9' }).status).toBe('applies');
    expect(evaluate(rules({ versions: { kubernetes: '<=1.16 || >=1.18' } }), { kubernetes: '1.17' }).status).toBe(
      'not-applicable',
    );
  });
  it('ignores the other plugin’s version range', () => {
    expect(
      evaluate(rules({ plugin: ['terway', 'flannel'], versions: { flannel: '>=v0.15.1.4-e02c8f12-aliyun' } }), {
        plugin: 'terway',
        terway: '1.9.0',
      }).status,
    ).toBe('applies');
  });
});

describe('evaluate with versionMatch any (independent causes)', () => {
  const leak = rules({
    plugin: ['flannel'],
    versions: { kubernetes: '<1.20', flannel: '<v0.15.1.11-7e95fe23-aliyun' },
    versionMatch: 'any',
  });
  it('applies while either cause is possible', () => {
    expect(evaluate(leak, { kubernetes: '1.18', flannel: 'v0.15.1.22-20a397e6-aliyun' }).status).toBe('applies');
    expect(evaluate(leak, { kubernetes: '1.22', flannel: 'v0.15.1.4-e02c8f12-aliyun' }).status).toBe('applies');
  });
  it('stays relevant while a version is unknown', () => {
    expect(evaluate(leak, { flannel: 'v0.15.1.22-20a397e6-aliyun' }).status).toBe('applies');
  });
  it('is fixed only when every cause is out of range', () => {
    const v = evaluate(leak, { kubernetes: '1.22', flannel: 'v0.15.1.22-20a397e6-aliyun' });
    expect(v.status).toBe('fixed');
    expect(v.reasons.map((r) => r.kind)).toEqual(['fixed', 'fixed']);
  });
});

describe('cluster query parameters', () => {
  it('reads versions and modes, infers the plugin and drops bad values', () => {
    expect(
      clusterFromParams(new URLSearchParams('terway=1.10.2&kubernetes=1.30&kubeProxy=ipvs&datapath=warp&coredns=latest')),
    ).toEqual({
      plugin: 'terway',
      terway: '1.10.2',
      kubernetes: '1.30',
      kubeProxy: 'ipvs',
    });
    expect(clusterFromParams(new URLSearchParams('flannel=v0.15.1.4-e02c8f12-aliyun')).plugin).toBe('flannel');
  });
  it('round-trips', () => {
    const cluster = { plugin: 'flannel' as const, flannel: 'v0.15.1.4-e02c8f12-aliyun', ipFamily: 'dualstack' as const };
    expect(clusterFromParams(clusterToParams(cluster))).toEqual(cluster);
  });
});
