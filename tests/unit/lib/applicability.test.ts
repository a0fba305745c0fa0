import { describe, expect, it } from 'vitest';
import {
  clusterFromParams,
  clusterParams,
  clusterToParams,
  evaluate,
  fieldApplies,
  forPlugin,
  hasCluster,
  offVersionSteps,
  type Cluster,
  type Rules,
} from '../../../src/lib/applicability.ts';

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
        plugin: 'flannel',
        flannel: 'v0.15.1.4-e02c8f12-aliyun',
      }).status,
    ).toBe('applies');
  });
  it('says "may apply" and lists the unset fields that decide it', () => {
    const v = evaluate(rules({ plugin: ['terway'], versions: { kubernetes: '>=1.18' }, modes: { kubeProxy: ['ipvs'] } }), {
      plugin: 'terway',
    });
    expect(v.status).toBe('maybe');
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
    expect(evaluate(leak, { plugin: 'flannel', kubernetes: '1.18', flannel: 'v0.15.1.22-20a397e6-aliyun' }).status).toBe(
      'applies',
    );
    expect(evaluate(leak, { plugin: 'flannel', kubernetes: '1.22', flannel: 'v0.15.1.4-e02c8f12-aliyun' }).status).toBe(
      'applies',
    );
  });
  it('may apply while a version is unknown and the known one is fixed, and asks for the unknown one', () => {
    expect(evaluate(leak, { plugin: 'flannel', flannel: 'v0.15.1.22-20a397e6-aliyun' })).toEqual({
      status: 'maybe',
      reasons: [{ kind: 'unknown', what: 'kubernetes' }],
    });
  });
  it('applies without asking for the other version once one cause is in range', () => {
    expect(evaluate(leak, { plugin: 'flannel', flannel: 'v0.15.1.4-e02c8f12-aliyun' })).toEqual({
      status: 'applies',
      reasons: [],
    });
    // Only the unset versions stop deciding: an unset plugin still does.
    expect(evaluate(leak, { kubernetes: '1.18' })).toEqual({ status: 'maybe', reasons: [{ kind: 'unknown', what: 'plugin' }] });
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

describe('hasCluster', () => {
  it('is true only when some field has a value', () => {
    expect(hasCluster({})).toBe(false);
    expect(hasCluster({ plugin: undefined, kubernetes: '' } as unknown as Cluster)).toBe(false);
    expect(hasCluster({ kubernetes: '1.30' })).toBe(true);
  });
});

describe('evaluate in detail', () => {
  it('gives no reasons when nothing is set', () => {
    expect(evaluate(rules({ plugin: ['terway'] }), { kubernetes: '' })).toEqual({ status: 'unset', reasons: [] });
  });
  it('skips the plugin check for entries about any plugin, and asks for the plugin otherwise', () => {
    expect(evaluate(rules({ plugin: ['any'] }), { kubernetes: '1.30' })).toEqual({ status: 'applies', reasons: [] });
    expect(evaluate(rules({ plugin: ['terway', 'flannel'] }), { kubernetes: '1.30' })).toEqual({
      status: 'maybe',
      reasons: [{ kind: 'unknown', what: 'plugin' }],
    });
    expect(evaluate(rules({ plugin: ['terway', 'flannel'] }), { plugin: 'flannel' })).toEqual({ status: 'applies', reasons: [] });
  });
  it('checks a plugin’s version range when the plugin is not given, and treats an unreadable version as unknown', () => {
    const r = rules({ plugin: ['any'], versions: { terway: '>=1.2.0', kubernetes: '>=1.20' } });
    expect(evaluate(r, { terway: '1.1.0', kubernetes: '1.30' })).toEqual({
      status: 'not-applicable',
      reasons: [{ kind: 'version', component: 'terway', range: '>=1.2.0', found: '1.1.0' }],
    });
    expect(evaluate(r, { terway: 'latest', kubernetes: '1.30' })).toEqual({
      status: 'maybe',
      reasons: [{ kind: 'unknown', what: 'terway' }],
    });
    expect(evaluate(r, { plugin: 'flannel', kubernetes: '1.30' })).toEqual({ status: 'applies', reasons: [] });
  });
  it('counts the fixed version itself as fixed, and reports the range as written', () => {
    const r = rules({ versions: { terway: ' <1.8.0 ' } });
    expect(evaluate(r, { terway: '1.8.0' })).toEqual({
      status: 'fixed',
      reasons: [{ kind: 'fixed', component: 'terway', fixedIn: '1.8.0', found: '1.8.0' }],
    });
    expect(evaluate(rules({ versions: { terway: '>=1.2 <1.8.0 || =2.0' } }), { terway: '1.9' })).toEqual({
      status: 'not-applicable',
      reasons: [{ kind: 'version', component: 'terway', range: '>=1.2 <1.8.0 || =2.0', found: '1.9' }],
    });
  });
  it('puts what rules an entry out before what is fixed, and fixed before unknowns', () => {
    const r = rules({ plugin: ['flannel'], versions: { kubernetes: '<1.20' }, modes: { kubeProxy: ['ipvs'] } });
    expect(evaluate(r, { plugin: 'terway', kubernetes: '1.22' })).toEqual({
      status: 'not-applicable',
      reasons: [{ kind: 'plugin', expected: ['flannel'], found: 'terway' }],
    });
    expect(evaluate(r, { plugin: 'flannel', kubernetes: '1.22' })).toEqual({
      status: 'fixed',
      reasons: [{ kind: 'fixed', component: 'kubernetes', fixedIn: '1.20', found: '1.22' }],
    });
  });
  it('reports every failing check in order: plugin, versions, modes', () => {
    const r = rules({
      plugin: ['terway'],
      versions: { terway: '>=1.2.0', kubernetes: '>=1.20' },
      modes: { eniMode: ['shared'], kubeProxy: ['ipvs'], ipFamily: ['dualstack'] },
    });
    expect(
      evaluate(r, { plugin: 'terway', terway: '1.0.0', kubernetes: '1.18', eniMode: 'exclusive', kubeProxy: 'ipvs' }),
    ).toEqual({
      status: 'not-applicable',
      reasons: [
        { kind: 'version', component: 'terway', range: '>=1.2.0', found: '1.0.0' },
        { kind: 'version', component: 'kubernetes', range: '>=1.20', found: '1.18' },
        { kind: 'mode', mode: 'eniMode', expected: ['shared'], found: 'exclusive' },
      ],
    });
  });
  it('ignores the other plugin’s range without asking for its version', () => {
    const r = rules({ plugin: ['terway', 'flannel'], versions: { flannel: '>=v0.15.1.4-e02c8f12-aliyun', terway: '>=1.2.0' } });
    expect(evaluate(r, { plugin: 'terway', terway: '1.9.0' })).toEqual({ status: 'applies', reasons: [] });
    expect(evaluate(r, { plugin: 'flannel', flannel: 'v0.15.1.4-e02c8f12-aliyun' })).toEqual({ status: 'applies', reasons: [] });
  });
  it('needs every listed component in range by default', () => {
    expect(
      evaluate(rules({ versions: { kubernetes: '>=1.20', coredns: '>=1.8.0' } }), { kubernetes: '1.30', coredns: '1.7.0' }),
    ).toEqual({
      status: 'not-applicable',
      reasons: [{ kind: 'version', component: 'coredns', range: '>=1.8.0', found: '1.7.0' }],
    });
  });
  it('with independent causes, rules out only when no cause is in range or unchecked', () => {
    const r = rules({ versions: { kubernetes: '<1.20', coredns: '<1.8.0' }, versionMatch: 'any' });
    expect(evaluate(r, { kubernetes: '1.22', coredns: '1.9.0' }).status).toBe('fixed');
    expect(evaluate(r, { kubernetes: '1.22' })).toEqual({ status: 'maybe', reasons: [{ kind: 'unknown', what: 'coredns' }] });
    const blocked = rules({
      versions: { kubernetes: '>=1.20', coredns: '>=1.8.0' },
      versionMatch: 'any',
      modes: { kubeProxy: ['ipvs'] },
    });
    expect(evaluate(blocked, { kubernetes: '1.18', coredns: '1.7.0' })).toEqual({
      status: 'not-applicable',
      reasons: [
        { kind: 'version', component: 'kubernetes', range: '>=1.20', found: '1.18' },
        { kind: 'version', component: 'coredns', range: '>=1.8.0', found: '1.7.0' },
      ],
    });
    expect(evaluate(blocked, { kubernetes: '1.18', coredns: '1.9.0' })).toEqual({
      status: 'maybe',
      reasons: [{ kind: 'unknown', what: 'kubeProxy' }],
    });
  });
});

describe('cluster query parameters in detail', () => {
  it('lists the parameters: plugin, versioned components, then modes', () => {
    expect(clusterParams).toEqual([
      'plugin',
      'terway',
      'flannel',
      'kubernetes',
      'coredns',
      'ccm',
      'eniMode',
      'datapath',
      'kubeProxy',
      'ipFamily',
      'clusterType',
    ]);
  });
  it('ignores an unknown plugin and empty values, and infers the plugin only from one plugin’s version', () => {
    expect(clusterFromParams(new URLSearchParams('plugin=calico&kubernetes=&eniMode=&ccm=v2.1.0'))).toEqual({ ccm: 'v2.1.0' });
    expect(clusterFromParams(new URLSearchParams('terway=1.2&flannel=v0.15.1.4'))).toEqual({
      terway: '1.2',
      flannel: 'v0.15.1.4',
    });
    // A Flannel cluster has no Terway version, ENI mode or data path; a Terway cluster no Flannel version.
    expect(
      clusterFromParams(new URLSearchParams('plugin=flannel&terway=1.2&eniMode=shared&datapath=none&kubeProxy=ipvs')),
    ).toEqual({
      plugin: 'flannel',
      kubeProxy: 'ipvs',
    });
    expect(clusterFromParams(new URLSearchParams('plugin=terway&flannel=v0.15.1.4&eniMode=shared'))).toEqual({
      plugin: 'terway',
      eniMode: 'shared',
    });
    expect(clusterFromParams(new URLSearchParams('plugin=terway&clusterType=managed'))).toEqual({
      plugin: 'terway',
      clusterType: 'managed',
    });
    expect(clusterFromParams(new URLSearchParams(''))).toEqual({});
  });
  it('writes the set fields in parameter order', () => {
    expect(clusterToParams({ kubeProxy: 'ipvs', kubernetes: '1.30', plugin: 'terway', coredns: '' }).toString()).toBe(
      'plugin=terway&kubernetes=1.30&kubeProxy=ipvs',
    );
    expect(clusterToParams({}).toString()).toBe('');
  });
});

describe('fields of one plugin', () => {
  it('keeps every field while the plugin is unknown, and drops the other plugin’s fields once it is known', () => {
    for (const key of clusterParams) expect(fieldApplies(key, undefined)).toBe(true);
    expect(clusterParams.filter((k) => !fieldApplies(k, 'flannel'))).toEqual(['terway', 'eniMode', 'datapath']);
    expect(clusterParams.filter((k) => !fieldApplies(k, 'terway'))).toEqual(['flannel']);
  });
  it('forPlugin removes them from a cluster and keeps the rest as given', () => {
    expect(forPlugin({ plugin: 'flannel', terway: '1.2', flannel: 'v0.15.1.4', datapath: 'ipvlan', kubernetes: '1.30' })).toEqual(
      {
        plugin: 'flannel',
        flannel: 'v0.15.1.4',
        kubernetes: '1.30',
      },
    );
    expect(forPlugin({ terway: '1.2', flannel: 'v0.15.1.4' })).toEqual({ terway: '1.2', flannel: 'v0.15.1.4' });
  });
  it('a Terway mode neither rules out nor asks about a Flannel cluster (the plugin check decides)', () => {
    const r = rules({ plugin: ['terway', 'flannel'], modes: { datapath: ['ipvlan'], kubeProxy: ['ipvs'] } });
    expect(evaluate(r, { plugin: 'flannel', datapath: 'none', kubeProxy: 'ipvs' })).toEqual({ status: 'applies', reasons: [] });
    expect(evaluate(r, { plugin: 'terway', kubeProxy: 'ipvs' })).toEqual({
      status: 'maybe',
      reasons: [{ kind: 'unknown', what: 'datapath' }],
    });
  });
});

describe('offVersionSteps', () => {
  const steps = { 'step-2': { kubernetes: '>=1.18' }, 'step-3': { kubernetes: '>=1.18' }, 'step-4': { kubernetes: '<1.18' } };
  it('names the steps outside the reader’s version, with the version', () => {
    expect(offVersionSteps(steps, { kubernetes: '1.16' })).toEqual([
      { step: 'step-2', component: 'kubernetes', found: '1.16' },
      { step: 'step-3', component: 'kubernetes', found: '1.16' },
    ]);
    expect(offVersionSteps(steps, { kubernetes: 'v1.30.1-aliyun.1' })).toEqual([
      { step: 'step-4', component: 'kubernetes', found: 'v1.30.1-aliyun.1' },
    ]);
  });
  it('marks nothing while the version is unknown or unreadable', () => {
    expect(offVersionSteps(steps, { plugin: 'terway' })).toEqual([]);
    expect(offVersionSteps(steps, { kubernetes: 'latest' })).toEqual([]);
    expect(offVersionSteps({}, { kubernetes: '1.16' })).toEqual([]);
    // A version the steps do not branch on decides nothing.
    expect(offVersionSteps(steps, { terway: '1.2.0', kubernetes: '1.30' })).toEqual([
      { step: 'step-4', component: 'kubernetes', found: '1.30' },
    ]);
  });
  it('names a step once, for the first component that rules it out', () => {
    const both = { 'step-1': { terway: '>=1.11.0', kubernetes: '>=1.20' } };
    expect(offVersionSteps(both, { terway: '1.9.0', kubernetes: '1.18' })).toEqual([
      { step: 'step-1', component: 'terway', found: '1.9.0' },
    ]);
    expect(offVersionSteps(both, { terway: '1.12.0', kubernetes: '1.18' })).toEqual([
      { step: 'step-1', component: 'kubernetes', found: '1.18' },
    ]);
    expect(offVersionSteps(both, { kubernetes: '1.18' })).toEqual([{ step: 'step-1', component: 'kubernetes', found: '1.18' }]);
    expect(offVersionSteps(both, { terway: '1.12.0', kubernetes: '1.20' })).toEqual([]);
  });
});
