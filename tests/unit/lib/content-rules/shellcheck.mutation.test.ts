// Which blocks the shellcheck rule hands to ShellCheck, and when it needs ShellCheck at all.
import { describe, expect, it } from 'vitest';
import { shellcheck } from '../../../../src/lib/content-rules/shellcheck.ts';
import type { TreeContext } from '../../../../src/lib/content-rules/types.ts';
import { entry, OUTLINE } from './entry.ts';

const tree = (body: string): TreeContext => {
  const file = entry(`${OUTLINE}\n\n${body}`);
  return { files: [file], present: new Map(), options: { shellcheck: 'required' } };
};

describe('shellcheck', () => {
  it("reports a script shared by several files in each of them, at each file's own line", async () => {
    const script = '```bash\nfor f in $(ls /etc); do\n  echo "$f"\ndone\n```';
    const en = entry(`${OUTLINE}\n\n${script}`);
    const ja = entry(`${OUTLINE}\n\nもう一行。\n\n${script}`, { locale: 'ja' });
    const found = await shellcheck.check({ files: [en, ja], present: new Map(), options: { shellcheck: 'required' } });
    const sc2045 = found.filter((p) => p.message.startsWith('expected a script ShellCheck accepts, found SC2045 (error)'));
    expect(sc2045.map((p) => [p.file, p.line])).toEqual([
      [en.file, en.blocks[0]!.line + 1],
      [ja.file, ja.blocks[0]!.line + 1],
    ]);
    expect(ja.blocks[0]!.line).toBe(en.blocks[0]!.line + 2);
  });
  it('leaves a one-command block to the reader, even one ShellCheck would warn about', async () => {
    expect(await shellcheck.check(tree('```bash\ncd /tmp\n```'))).toEqual([]);
  });
  it('does not ask for ShellCheck when there is no script to lint', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await shellcheck.check(tree('```bash\nls\n```'))).toEqual([]);
    } finally {
      process.env.PATH = path;
    }
  });
});
