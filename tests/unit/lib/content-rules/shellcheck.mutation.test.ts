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
