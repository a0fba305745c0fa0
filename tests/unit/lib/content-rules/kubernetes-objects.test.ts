import { describe, expect, it } from 'vitest';
import { kubernetesObjects, removedApiVersions } from '../../../../src/lib/content-rules/kubernetes-objects.ts';
import type { Block, FileContext } from '../../../../src/lib/content-rules/types.ts';
import { block } from './entry.ts';

const yaml = (source: string, b: Partial<Block> = {}): Block => block(source, { line: 30, ...b });
const check = (...blocks: Block[]) => kubernetesObjects.check({ blocks } as unknown as FileContext);
const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n${spec}`;

describe('kubernetes-objects', () => {
  it('accepts valid objects, custom resources, excerpts and what is not an object', async () => {
    expect(
      await check(
        yaml(pod('  containers:\n    - name: a\n      image: nginx')),
        yaml('apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nspec: { whatever: 1 }'),
        yaml('kind: Pod\nspec: 1'),
        yaml('apiVersion: v1\nspec: 1'),
        yaml('apiVersion: 1\nkind: Pod'),
        yaml('- a\n- b'),
        yaml('just text'),
        yaml('~'),
        yaml('apiVersion: v1\nkind: Pod\nspec: 1', { meta: { output: true, placeholders: [] } }),
        yaml('apiVersion: v1\nkind: Pod\nspec: 1', { meta: undefined }),
        yaml('apiVersion: v1\nkind: Pod\nspec: 1', { lang: 'text' }),
      ),
    ).toEqual([]);
  });
  it('reports schema errors, at most three, with their JSON pointers', async () => {
    expect(
      await check(
        yaml(pod('  containers:\n    - name: a\n      image: nginx\n      ports:\n        - containerPort: "80"')),
        yaml(
          '{"apiVersion": "v1", "kind": "Service", "spec": {"ports": [{"port": "a"}, {"port": "b"}, {"port": "c"}, {"port": "d"}]}}',
          {
            lang: 'json',
            line: 40,
          },
        ),
      ),
    ).toEqual([
      {
        line: 30,
        message:
          'expected a Pod that validates against the Kubernetes API schema, found: /spec/containers/0/ports/0/containerPort must be integer',
      },
      {
        line: 40,
        message:
          'expected a Service that validates against the Kubernetes API schema, found: /spec/ports/0/port must be integer; /spec/ports/1/port must be integer; /spec/ports/2/port must be integer',
      },
    ]);
  });
  it('names the root as / when the object itself is wrong', async () => {
    expect(await check(yaml('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: x'))).toEqual(
      [
        {
          line: 30,
          message:
            'expected a ClusterRoleBinding that validates against the Kubernetes API schema, found: / must have required property roleRef',
        },
      ],
    );
  });
  it('leaves a filled-in placeholder to the reader and reports the rest', async () => {
    const ports = (second: string) =>
      yaml(pod(`  containers:\n    - name: a\n      image: nginx\n      ports:\n        - containerPort: <port>\n${second}`), {
        meta: { output: false, placeholders: ['port'] },
      });
    expect(await check(ports(''))).toEqual([]);
    expect(await check(ports('          hostPort: "80"'))).toEqual([
      {
        line: 30,
        message:
          'expected a Pod that validates against the Kubernetes API schema, found: /spec/containers/0/ports/0/hostPort must be integer',
      },
    ]);
    expect(await check(ports('          hostPort: kbfill'))).toHaveLength(1);
  });
  it('refuses group versions current Kubernetes no longer serves, saying when they went', async () => {
    expect(removedApiVersions['apps/v1beta1']).toBe('1.16');
    expect(
      await check(
        yaml('apiVersion: apps/v1beta1\nkind: Deployment'),
        yaml('apiVersion: apps/v9\nkind: Deployment', { line: 41 }),
        yaml('apiVersion: v1\nkind: Deployment', { line: 42 }),
        yaml('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy', { line: 43 }),
      ),
    ).toEqual([
      {
        line: 30,
        message:
          'expected a kind and apiVersion that current Kubernetes serves, found Deployment in apps/v1beta1 (removed in Kubernetes 1.16)',
      },
      { line: 41, message: 'expected a kind and apiVersion that current Kubernetes serves, found Deployment in apps/v9' },
      { line: 42, message: 'expected a kind and apiVersion that current Kubernetes serves, found Deployment in v1' },
      {
        line: 43,
        message:
          'expected a kind and apiVersion that current Kubernetes serves, found PodSecurityPolicy in policy/v1beta1 (removed in Kubernetes 1.25)',
      },
    ]);
  });
});
