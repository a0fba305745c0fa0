/**
 * Checks `kubectl patch` commands in entries against the shape of the object
 * they patch, so a reader who runs one as printed does not get an API error:
 * the patch must be valid JSON of the right form for its --type, and a
 * ConfigMap's data values must be strings (the API server rejects `true` or `1`).
 */

const CONFIGMAP = new Set(['cm', 'configmap', 'configmaps']);

/** One problem, by 0-based line of the block. */
export interface PatchProblem {
  readonly line: number;
  readonly message: string;
}

/** Joins backslash-continued lines, remembering where each command starts. */
function commands(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | null = null;
  source.split('\n').forEach((raw, i) => {
    const continued = raw.endsWith('\\');
    const text = continued ? raw.slice(0, -1) : raw;
    if (current) current.text += ` ${text.trim()}`;
    else current = { line: i, text };
    if (!continued) {
      out.push(current);
      current = null;
    }
  });
  if (current) out.push(current);
  return out;
}

function checkConfigMapPatch(type: string, patch: unknown): string | undefined {
  if (type === 'json') {
    if (!Array.isArray(patch)) return 'expected a JSON array of operations for --type json';
    for (const op of patch as { op?: unknown; path?: unknown; value?: unknown }[]) {
      if (typeof op.path !== 'string' || typeof op.op !== 'string') return 'expected each operation to have "op" and "path"';
      if (op.path.startsWith('/data/') && op.op !== 'remove' && typeof op.value !== 'string') {
        return `expected a string value for ${op.path} (ConfigMap data holds strings), found ${JSON.stringify(op.value)}`;
      }
    }
    return undefined;
  }
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return `expected a JSON object for --type ${type}`;
  const unknown = Object.keys(patch).filter((k) => !['data', 'binaryData', 'metadata'].includes(k));
  if (unknown.length) return `expected only data, binaryData or metadata in a ConfigMap patch, found ${unknown.join(', ')}`;
  const data = (patch as { data?: unknown }).data;
  if (data !== undefined) {
    if (data === null || typeof data !== 'object') return 'expected "data" to be an object';
    for (const [key, value] of Object.entries(data)) {
      if (value !== null && typeof value !== 'string') {
        return `expected a string for data.${key} (ConfigMap data holds strings, write "${String(value)}"), found ${JSON.stringify(value)}`;
      }
    }
  }
  return undefined;
}

/** Finds problems in the `kubectl patch` commands of a shell block. */
export function checkPatches(source: string): PatchProblem[] {
  const problems: PatchProblem[] = [];
  for (const { line, text } of commands(source)) {
    const m = /\bkubectl\b.*?\bpatch\s+([\w.-]+)(?:\/|\s)/.exec(text);
    if (!m) continue;
    const kind = m[1]!.toLowerCase();
    const type = /--type[= ]+["']?(json|merge|strategic)/.exec(text)?.[1] ?? 'strategic';
    const body = /(?:-p|--patch)[= ]+'([^']*)'/.exec(text)?.[1];
    if (body === undefined) {
      if (!/--patch-file/.test(text))
        problems.push({ line, message: 'expected the patch in single quotes after -p or --patch, found none' });
      continue;
    }
    let patch: unknown;
    try {
      patch = JSON.parse(body);
    } catch (error) {
      problems.push({ line, message: `expected valid JSON in the patch, found ${body} (${(error as Error).message})` });
      continue;
    }
    // A strategic merge patch on a ConfigMap follows the same shape rules as a merge patch.
    const problem = CONFIGMAP.has(kind)
      ? checkConfigMapPatch(type, patch)
      : type === 'json'
        ? Array.isArray(patch)
          ? undefined
          : 'expected a JSON array of operations for --type json'
        : patch !== null && typeof patch === 'object' && !Array.isArray(patch)
          ? undefined
          : `expected a JSON object for --type ${type}`;
    if (problem) problems.push({ line, message: problem });
  }
  return problems;
}
