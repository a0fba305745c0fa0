// How kubernetes-objects finds a filled-in placeholder behind a JSON pointer with escaped keys.
import { describe, expect, it } from 'vitest';
import { kubernetesObjects } from '../../../../src/lib/content-rules/kubernetes-objects.ts';
import type { Block, FileContext } from '../../../../src/lib/content-rules/types.ts';

/** A CustomResourceDefinition whose schema has one property named `name`, with `maxLength: value`. */
const crd = (name: string, value: string): Block => ({
  line: 30,
  lang: 'yaml',
  meta: { output: false, placeholders: ['n'] },
  metaError: undefined,
  source: [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.example.com',
    'spec:',
    '  group: example.com',
    '  names: { kind: Widget, plural: widgets }',
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
    `            "${name}":`,
    `              maxLength: ${value}`,
  ].join('\n'),
  regionStart: 1,
});
const check = (block: Block) => kubernetesObjects.check({ blocks: [block] } as unknown as FileContext);

describe('kubernetes-objects', () => {
  it('leaves a placeholder under a key with a slash to the reader', async () => {
    expect(await check(crd('example.com/size', '<n>'))).toEqual([]);
  });
  it('leaves a placeholder under a key with a tilde to the reader', async () => {
    expect(await check(crd('size~max', '<n>'))).toEqual([]);
  });
  it('reports a written value under a key with a slash, with the escaped pointer', async () => {
    expect(await check(crd('example.com/size', 'ten'))).toEqual([
      {
        line: 30,
        message:
          'expected a CustomResourceDefinition that validates against the Kubernetes API schema, found: /spec/versions/0/schema/openAPIV3Schema/properties/example.com~1size/maxLength must be integer',
      },
    ]);
  });
});
