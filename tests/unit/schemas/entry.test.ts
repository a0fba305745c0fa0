import { describe, expect, it } from 'vitest';
import { entrySchema, languageNeutralFields } from '../../../src/schemas/entry.ts';

const valid = {
  title: 'Pods stuck in ContainerCreating',
  summary: 'One line.',
  kind: 'troubleshooting',
  plugin: ['terway'],
  components: ['vswitch'],
  symptom: 'Pods wait.',
  cause: 'No IPs.',
  updated: '2026-11-21',
  sources: [{ id: 'ack-faq-ja', section: 'x' }],
};

describe('entrySchema', () => {
  it('accepts a complete entry and fills the defaults', () => {
    const data = entrySchema.parse(valid);
    expect(data.errors).toEqual([]);
    expect(data.versions).toEqual({});
    expect(data.related).toEqual([]);
    expect(data.aliases).toEqual([]);
    expect(data.modes).toEqual({});
    expect(data.circumstances).toEqual([]);
    expect(data.stepVersions).toEqual({});
    expect(data.counterparts).toEqual({});
    expect(data.updated).toBeInstanceOf(Date);
  });

  it('takes version-branched steps by anchor and a counterpart per plugin', () => {
    const data = entrySchema.parse({
      ...valid,
      stepVersions: { 'step-2': { kubernetes: '>=1.18' }, 'step-10': { kubernetes: '<1.18' } },
      counterparts: { flannel: 'flannel-pod-cidr-exhausted' },
    });
    expect(data.stepVersions).toEqual({ 'step-2': { kubernetes: '>=1.18' }, 'step-10': { kubernetes: '<1.18' } });
    expect(data.counterparts).toEqual({ flannel: 'flannel-pod-cidr-exhausted' });
  });

  it('takes the circumstances that tell an entry from its neighbours', () => {
    expect(entrySchema.parse({ ...valid, circumstances: ['vswitch-added', 'outbound'] }).circumstances).toEqual([
      'vswitch-added',
      'outbound',
    ]);
  });

  it('does not require symptom and cause for how-to and concept entries', () => {
    const { symptom: _s, cause: _c, ...rest } = valid;
    expect(entrySchema.safeParse({ ...rest, kind: 'howto' }).success).toBe(true);
    expect(entrySchema.safeParse({ ...rest, kind: 'concept' }).success).toBe(true);
  });

  it.each([
    [{ plugin: [] }, 'plugin'],
    [{ plugin: ['terway', 'terway'] }, 'plugin'],
    [{ components: ['wireguard'] }, 'components'],
    [{ kind: 'faq' }, 'kind'],
    [{ summary: 'two\nlines' }, 'summary'],
    [{ related: ['Not_Kebab'] }, 'related'],
    [{ versions: { terway: '>>1' } }, 'versions'],
    [{ versions: { calico: '>=1.0.0' } }, 'versions'],
    [{ sources: [{ id: 'blog', section: 'x' }] }, 'sources'],
    [{ sources: [] }, 'sources'],
    [{ updated: 'yesterday' }, 'updated'],
    [{ colour: 'blue' }, ''],
    [{ modes: { kubeProxy: ['userspace'] } }, 'modes'],
    [{ modes: { eniMode: [] } }, 'modes'],
    [{ modes: { overlay: ['vxlan'] } }, 'modes'],
    [{ circumstances: ['reboot'] }, 'circumstances'],
    [{ circumstances: ['restart', 'restart'] }, 'circumstances'],
    [{ stepVersions: { 'step-0': { kubernetes: '>=1.18' } } }, 'stepVersions'],
    [{ stepVersions: { solution: { kubernetes: '>=1.18' } } }, 'stepVersions'],
    [{ stepVersions: { 'step-2': {} } }, 'stepVersions'],
    [{ stepVersions: { 'step-2': { kubernetes: '=>1.18' } } }, 'stepVersions'],
    [{ counterparts: { any: 'alpha' } }, 'counterparts'],
    [{ counterparts: { flannel: 'Not_An_Id' } }, 'counterparts'],
  ])('rejects %j (issue at %j)', (patch, field) => {
    const result = entrySchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => String(i.path[0] ?? ''))).toContain(field);
  });

  it('names the fields shared by every language', () => {
    expect(languageNeutralFields).toEqual([
      'kind',
      'plugin',
      'components',
      'circumstances',
      'errors',
      'versions',
      'versionMatch',
      'modes',
      'stepVersions',
      'counterparts',
      'related',
      'aliases',
      'mitigationSteps',
    ]);
  });
});
