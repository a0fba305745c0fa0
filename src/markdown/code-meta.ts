/**
 * The options a fenced block can carry after its language:
 *
 * - `title="ConfigMap kube-system/eni-config"`: caption above the block
 *   (shell blocks default to the localized "Terminal");
 * - `output`: expected output, shown as output and never copied;
 * - `healthy` / `broken`: output as a working or a failing system prints it
 *   (triage nodes show both), labelled so; each implies `output`;
 * - `placeholders="node-name pod-name"`: the `<node-name>`-style values the
 *   reader fills in; every `<…>` in the block must be declared here.
 */
export interface CodeMeta {
  readonly title?: string;
  readonly output: boolean;
  /** Output that shows a healthy or a broken system. */
  readonly verdict?: 'healthy' | 'broken';
  readonly placeholders: readonly string[];
}

/** Languages fenced blocks may use; anything else fails the build. */
export const codeLanguages = ['bash', 'shell', 'console', 'yaml', 'json', 'ini', 'text', 'diff', 'toml', 'go'] as const;

/** Placeholder names: lower-case kebab, as in `<terway-pod-name>`. */
export const PLACEHOLDER_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const EXPECTED = 'expected title="…", placeholders="name …" or one of the flags output, healthy, broken';

/** Parses the meta string of a fenced block; throws with "expected …, found …" wording. */
export function parseCodeMeta(meta: string | undefined | null): CodeMeta {
  const text = meta ?? '';
  let title: string | undefined;
  let output = false;
  let verdict: 'healthy' | 'broken' | undefined;
  let placeholders: string[] = [];
  for (const m of text.matchAll(/(\w+)="([^"]*)"|(\S+)/g)) {
    if (m[1] === 'title') {
      title = m[2];
    } else if (m[1] === 'placeholders') {
      placeholders = m[2]!.split(/\s/).filter(Boolean);
      const bad = placeholders.find((p) => !PLACEHOLDER_NAME_RE.test(p));
      if (bad !== undefined)
        throw new Error(`expected placeholder names in lower-case kebab-case such as "node-name", found "${bad}"`);
    } else if (m[3] === 'output') {
      output = true;
    } else if (m[3] === 'healthy' || m[3] === 'broken') {
      if (verdict !== undefined && verdict !== m[3]) throw new Error(`expected one of the flags healthy or broken, found both`);
      verdict = m[3];
      output = true;
    } else {
      throw new Error(`${EXPECTED}, found ${m[0]}`);
    }
  }
  return { ...(title !== undefined ? { title } : {}), output, ...(verdict ? { verdict } : {}), placeholders };
}
