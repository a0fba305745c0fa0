/**
 * Reads the source of a fenced block into lines, applying the authoring
 * conventions (README: Writing an entry):
 * - a trailing `# [!code ++]` or `// [!code ++]` marks an added or changed line,
 *   `[!code --]` a removed one; the marker itself is dropped;
 * - `<name>` is a placeholder the reader fills in; it must be declared in the
 *   block's `placeholders="…"`, and every declared name must be used;
 * - shell commands carry no `$ ` prompt.
 * Problems come back as "expected …, found …" messages with the line inside the block.
 */

/** How a line takes part in a diff. */
export type LineMark = 'add' | 'del' | undefined;

/** The processed block. */
export interface CodeText {
  /** The code as shown, markers removed (placeholders still written `<name>`). */
  readonly text: string;
  /** One mark per line of `text`. */
  readonly marks: readonly LineMark[];
  /** Placeholder names in order of first use. */
  readonly used: readonly string[];
}

/** A problem at a 0-based line of the block. */
export interface CodeProblem {
  readonly line: number;
  readonly message: string;
}

const DIFF_RE = /\s*(?:#|\/\/)\s*\[!code (\+\+|--)\]\s*$/;
export const PLACEHOLDER_RE = /<([a-z][a-z0-9]*(?:-[a-z0-9]+)*)>/g;
// Looks like a placeholder but is not lower-case kebab: <Node_Name>, <nodeName>, [$Pod_Name].
const MALFORMED_RE = /<([A-Za-z][\w-]*)>|\[\$[A-Za-z_]+\]/g;
const SHELL = new Set(['bash', 'shell']);

/** Applies the conventions to a block's source. */
export function readCodeText(
  source: string,
  options: { lang: string; output: boolean; placeholders: readonly string[] },
): { code: CodeText; problems: CodeProblem[] } {
  const problems: CodeProblem[] = [];
  const declared = new Set(options.placeholders);
  const used: string[] = [];
  const marks: LineMark[] = [];
  const lines = source
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => {
      const diff = DIFF_RE.exec(line);
      marks.push(diff ? (diff[1] === '++' ? 'add' : 'del') : undefined);
      const text = diff ? line.slice(0, diff.index) : line;
      if (options.output) return text;
      if (SHELL.has(options.lang) && /^\s*\$ /.test(text)) {
        problems.push({ line: i, message: `expected a command without a shell prompt, found "${text.trim()}"` });
      }
      for (const m of text.matchAll(PLACEHOLDER_RE)) {
        const name = m[1]!;
        if (!declared.has(name)) {
          problems.push({
            line: i,
            message: `expected placeholder <${name}> to be declared in placeholders="…" on the block, found it undeclared`,
          });
        } else if (!used.includes(name)) {
          used.push(name);
        }
      }
      for (const m of text.matchAll(MALFORMED_RE)) {
        if (m[1] && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(m[1])) continue;
        problems.push({ line: i, message: `expected a placeholder written <lower-case-kebab>, found "${m[0]}"` });
      }
      return text;
    });
  for (const name of declared) {
    if (!used.includes(name) && !options.output) {
      problems.push({ line: 0, message: `expected declared placeholder <${name}> to appear in the block, found it unused` });
    }
  }
  return { code: { text: lines.join('\n'), marks, used }, problems };
}

/** A stand-in for `<name>` that every grammar tokenizes as one word, so highlighting cannot split it. */
export function sentinel(index: number): string {
  return `KBPH${index}KBPH`;
}

/** Splits text at sentinels: strings stay, sentinels become placeholder indexes. */
export function splitSentinels(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  let last = 0;
  for (const m of text.matchAll(/KBPH(\d+)KBPH/g)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
