import { isInput, FILLED } from './document.ts';
import { parseStructured } from './structured-blocks.ts';
import type { BodyRule, RuleProblem } from './types.ts';

interface Model {
  new (data: unknown): { validate(): void };
}
interface ValidationError extends Error {
  errors?: { instancePath: string; message?: string }[];
}

/** API groups the kubernetes-models package knows; an apiVersion outside them is a custom resource we cannot check. */
const BUILT_IN_GROUPS = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
]);

/**
 * Group versions Kubernetes stopped serving, with the release that removed
 * them (Kubernetes "Deprecated API Migration Guide"). The models package
 * still ships some of them, so they are refused here first.
 */
export const removedApiVersions: Readonly<Record<string, string>> = {
  'extensions/v1beta1': '1.22',
  'apps/v1beta1': '1.16',
  'apps/v1beta2': '1.16',
  'networking.k8s.io/v1beta1': '1.22',
  'rbac.authorization.k8s.io/v1beta1': '1.22',
  'admissionregistration.k8s.io/v1beta1': '1.22',
  'apiextensions.k8s.io/v1beta1': '1.22',
  'apiregistration.k8s.io/v1beta1': '1.22',
  'authentication.k8s.io/v1beta1': '1.22',
  'authorization.k8s.io/v1beta1': '1.22',
  'certificates.k8s.io/v1beta1': '1.22',
  'coordination.k8s.io/v1beta1': '1.22',
  'batch/v1beta1': '1.25',
  'discovery.k8s.io/v1beta1': '1.25',
  'events.k8s.io/v1beta1': '1.25',
  'policy/v1beta1': '1.25',
  'node.k8s.io/v1beta1': '1.25',
  'autoscaling/v2beta1': '1.25',
  'autoscaling/v2beta2': '1.26',
  'flowcontrol.apiserver.k8s.io/v1beta1': '1.26',
  'flowcontrol.apiserver.k8s.io/v1beta2': '1.29',
};

async function loadModel(apiVersion: string, kind: string): Promise<Model | undefined | 'unserved'> {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  if (!BUILT_IN_GROUPS.has(group)) return undefined;
  if (removedApiVersions[apiVersion]) return 'unserved';
  let mod: Record<string, unknown>;
  try {
    mod = (await import(/* @vite-ignore */ `kubernetes-models/${apiVersion}`)) as Record<string, unknown>;
  } catch {
    return 'unserved';
  }
  return typeof mod[kind] === 'function' ? (mod[kind] as Model) : 'unserved';
}

/** Whether the value at a JSON pointer of the object is a filled-in placeholder (its type is the reader's to get right). */
function isPlaceholder(doc: unknown, pointer: string): boolean {
  let value: unknown = doc;
  for (const key of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof value === 'string' && value.startsWith(FILLED);
}

/**
 * Kubernetes objects (a block with `apiVersion` and `kind`) validate against
 * the API schema of a current release (the kubernetes-models package,
 * generated from Kubernetes' OpenAPI), so a reader's `kubectl apply` is not
 * rejected, and an apiVersion that current clusters no longer serve fails.
 */
export const kubernetesObjects: BodyRule = {
  id: 'kubernetes-objects',
  description: 'Objects with apiVersion and kind validate against a current Kubernetes API schema.',
  async check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if ((block.lang !== 'yaml' && block.lang !== 'json') || !isInput(block)) continue;
      const { docs } = parseStructured(block);
      for (const doc of docs) {
        if (!doc || typeof doc !== 'object') continue;
        const { apiVersion, kind } = doc as { apiVersion?: unknown; kind?: unknown };
        if (typeof apiVersion !== 'string' || typeof kind !== 'string') continue;
        const model = await loadModel(apiVersion, kind);
        if (model === undefined) continue;
        if (model === 'unserved') {
          const removed = removedApiVersions[apiVersion];
          problems.push({
            line: block.line,
            message: `expected a kind and apiVersion that current Kubernetes serves, found ${kind} in ${apiVersion}${removed ? ` (removed in Kubernetes ${removed})` : ''}`,
          });
          continue;
        }
        try {
          new model(doc).validate();
        } catch (error) {
          const details = ((error as ValidationError).errors ?? [])
            .filter((e) => !isPlaceholder(doc, e.instancePath))
            .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
          if (details.length) {
            problems.push({
              line: block.line,
              message: `expected a ${kind} that validates against the Kubernetes API schema, found: ${details.slice(0, 3).join('; ')}`,
            });
          }
        }
      }
    }
    return problems;
  },
};
