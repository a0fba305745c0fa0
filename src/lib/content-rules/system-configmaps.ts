import { isInput } from './document.ts';
import { parseStructured } from './structured-blocks.ts';
import type { BodyRule, RuleProblem } from './types.ts';

/** ConfigMaps ACK and its add-ons own in kube-system: a reader edits their lines, never pastes a whole copy over them. */
export const systemConfigMaps: ReadonlySet<string> = new Set([
  'coredns',
  'kube-proxy',
  'kube-proxy-worker',
  'kube-proxy-master',
  'eni-config',
  'kube-flannel-cfg',
  'node-local-dns',
]);

/** System ConfigMaps appear as the lines to change, never as a whole object to apply over the live one. */
export const systemConfigMapExcerpts: BodyRule = {
  id: 'system-configmaps',
  description: 'System ConfigMaps in kube-system are shown as the lines to change, not as whole objects to paste.',
  check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if ((block.lang !== 'yaml' && block.lang !== 'json') || !isInput(block)) continue;
      for (const doc of parseStructured(block).docs) {
        const o = doc as { kind?: unknown; apiVersion?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
        if (!o || o.kind !== 'ConfigMap' || o.apiVersion === undefined) continue;
        const name = o.metadata?.name;
        if (typeof name !== 'string' || !systemConfigMaps.has(name)) continue;
        if (o.metadata?.namespace !== undefined && o.metadata.namespace !== 'kube-system') continue;
        problems.push({
          line: block.line,
          message: `expected the lines to change in kube-system/${name} with some context (a block without apiVersion and kind), found the whole ConfigMap, which a reader would paste over the live one`,
        });
      }
    }
    return problems;
  },
};
