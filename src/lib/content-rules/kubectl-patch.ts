import { checkPatches } from '../kubectl-patch.ts';
import { isInput, shellLanguages } from './document.ts';
import type { BodyRule } from './types.ts';

/** `kubectl patch` commands carry JSON of the right shape for their --type and object. */
export const kubectlPatch: BodyRule = {
  id: 'kubectl-patch',
  description: 'A kubectl patch must be valid JSON of the form its --type needs, ConfigMap data as strings.',
  check({ blocks }) {
    return blocks
      .filter((b) => shellLanguages.has(b.lang) && isInput(b))
      .flatMap((b) => checkPatches(b.source).map((p) => ({ line: b.line + 1 + p.line, message: p.message })));
  },
};
