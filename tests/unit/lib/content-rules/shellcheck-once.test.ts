// ShellCheck runs once for the whole tree, with one file per distinct script text.
import type * as ChildProcess from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { shellcheck } from '../../../../src/lib/content-rules/shellcheck.ts';
import { entry, OUTLINE } from './entry.ts';

const calls: string[][] = [];
vi.mock('node:child_process', async (importOriginal) => {
  const real = await importOriginal<typeof ChildProcess>();
  return {
    ...real,
    spawnSync: ((command: string, args: string[], options: object) => {
      calls.push([command, ...args]);
      return real.spawnSync(command, args, options);
    }) as typeof real.spawnSync,
  };
});

describe('shellcheck runs', () => {
  it('once, over one file per distinct script, however many files share it', async () => {
    const shared = '```bash\nfor f in $(ls /etc); do\n  echo "$f"\ndone\n```';
    const other = '```bash\ncd /tmp\nls | grep x\n```';
    const files = [
      entry(`${OUTLINE}\n\n${shared}`),
      entry(`${OUTLINE}\n\n${shared}\n\n${other}`, { locale: 'ja' }),
      entry(`${OUTLINE}\n\n${shared}`, { locale: 'zh' }),
    ];
    calls.length = 0;
    const found = await shellcheck.check({ files, present: new Map(), options: { shellcheck: 'required' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.filter((a) => a.endsWith('.sh'))).toEqual(['b0.sh', 'b1.sh']);
    // The shared script's finding is reported in all three files, the other's in its own.
    expect(found.filter((p) => p.message.includes('SC2045')).map((p) => p.file)).toEqual(files.map((f) => f.file));
    expect(found.filter((p) => p.message.includes('SC2010')).map((p) => p.file)).toEqual([files[1]!.file]);
  });
});
