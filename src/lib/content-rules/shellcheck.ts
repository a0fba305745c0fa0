import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copiedText, fillPlaceholders, isInput, shellLanguages } from './document.ts';
import type { BodyContext, CheckOptions, TreeProblem, TreeRule } from './types.ts';

/** The lowest ShellCheck severity that fails the check. */
export const SHELLCHECK_SEVERITY = 'warning';

interface Finding {
  file: string;
  line: number;
  level: string;
  code: number;
  message: string;
}

/** Commands of a block once backslash continuations are joined, comments and blank lines dropped. */
export function commandCount(text: string): number {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#')).length;
}

/**
 * Multi-line shell scripts pass ShellCheck (Debian's `shellcheck`) at
 * warning level. One ShellCheck run covers every block of the tree.
 */
export const shellcheck: TreeRule = {
  id: 'shellcheck',
  description: 'Multi-line bash/shell scripts pass ShellCheck at warning level.',
  check({ files, options }) {
    return shellcheckFiles(files, options);
  },
};

/** ShellCheck over the multi-line scripts of any files (entries, triage nodes): one run for all. */
export function shellcheckFiles(files: readonly Pick<BodyContext, 'file' | 'blocks'>[], options: CheckOptions): TreeProblem[] {
  const scripts: { file: string; lines: number[]; name: string }[] = [];
  // One file per distinct text: the three languages of an entry share their commands.
  const names = new Map<string, string>();
  for (const f of files) {
    for (const block of f.blocks) {
      if (!shellLanguages.has(block.lang) || !isInput(block)) continue;
      const { text, lines } = copiedText(block);
      if (commandCount(text) < 2) continue;
      const filled = fillPlaceholders(text);
      let name = names.get(filled);
      if (!name) names.set(filled, (name = `b${names.size}.sh`));
      scripts.push({ file: f.file, lines, name });
    }
  }
  if (!scripts.length) return [];
  const dir = mkdtempSync(join(tmpdir(), 'kb-shellcheck-'));
  try {
    for (const [text, name] of names) writeFileSync(join(dir, name), `${text}\n`);
    const run = spawnSync('shellcheck', ['-s', 'bash', '-S', SHELLCHECK_SEVERITY, '-f', 'json1', ...names.values()], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (run.error) {
      const message = 'expected ShellCheck on the PATH to lint shell scripts (Debian: apt-get install shellcheck), found none';
      if (options.shellcheck === 'required') return [{ file: scripts[0]!.file, message }];
      console.warn(`content check: ${message}; scripts not linted`);
      return [];
    }
    const { comments } = JSON.parse(run.stdout || '{"comments":[]}') as { comments: Finding[] };
    // Every block with the text a finding names gets it, in the order of the blocks.
    return scripts.flatMap((s) =>
      comments
        .filter((c) => c.file === s.name)
        .map((c): TreeProblem => ({
          file: s.file,
          line: s.lines[c.line - 1] ?? s.lines[0],
          message: `expected a script ShellCheck accepts, found SC${c.code} (${c.level}): ${c.message}`,
        })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
