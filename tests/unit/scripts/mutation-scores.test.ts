import { describe, expect, it, vi } from 'vitest';
import { hasRuntimeCode, whatChanged } from '../../../scripts/mutation-check.mjs';
import { folderScores, printScores } from '../../../scripts/mutation-scores.mjs';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('folderScores', () => {
  it('scores each folder on killed and timed-out mutants over all a test could catch', () => {
    expect(
      folderScores({
        files: {
          'src/lib/a.ts': mutants('Killed', 'Survived', 'CompileError', 'Ignored'),
          'src/lib/b.ts': mutants('Timeout', 'NoCoverage', 'Killed', 'Killed'),
          'src/lib/search/c.ts': mutants('Killed'),
        },
      }),
    ).toEqual([
      { folder: 'src/lib', killed: 4, counted: 6, score: (4 / 6) * 100 },
      { folder: 'src/lib/search', killed: 1, counted: 1, score: 100 },
    ]);
  });
  it('counts a folder with nothing to test as fully scored', () => {
    expect(folderScores({ files: { 'src/x/y.ts': mutants('Ignored', 'CompileError') } })).toEqual([
      { folder: 'src/x', killed: 0, counted: 0, score: 100 },
    ]);
  });
});

describe('whatChanged', () => {
  const report = {
    files: { 'src/a.ts': { source: 'a' }, 'src/b.ts': { source: 'b' } },
    testFiles: { 'tests/a.test.ts': { source: 'ta' } },
  };
  const disk: Record<string, string> = { 'src/a.ts': 'a', 'src/b.ts': 'b', 'tests/a.test.ts': 'ta', 'tests/new.test.ts': 'n' };
  const read = (files: Record<string, string>) => (file: string) => files[file];

  it('finds nothing when every mutated file and every test file is as measured, whatever new tests exist', () => {
    expect(whatChanged(report, ['src/a.ts', 'src/b.ts'], read(disk))).toEqual([]);
  });
  it('needs no results for a file of types alone, which Stryker has nothing to mutate in', () => {
    const types = {
      ...disk,
      'src/types.ts': "import type { A } from './a.ts';\nexport interface B { a: A }\nexport type C = B[];\n",
    };
    expect(whatChanged(report, ['src/a.ts', 'src/b.ts', 'src/types.ts'], read(types))).toEqual([]);
    expect(hasRuntimeCode(types['src/types.ts'])).toBe(false);
    expect(hasRuntimeCode('export {};\n// nothing\n')).toBe(false);
    expect(hasRuntimeCode('export const x = 1;')).toBe(true);
    expect(hasRuntimeCode('export enum E { A }')).toBe(true);
  });
  it('names a changed, new or dropped source file and a changed or deleted test file', () => {
    const now = { ...disk, 'src/a.ts': 'a2', 'src/c.ts': 'c', 'tests/a.test.ts': 'ta2' };
    expect(whatChanged(report, ['src/a.ts', 'src/c.ts'], read(now))).toEqual([
      'src/a.ts: changed since its mutants ran',
      'src/c.ts: no results for this file',
      'src/b.ts: results for a file that is no longer mutated',
      'tests/a.test.ts: test file changed',
    ]);
    const { 'tests/a.test.ts': _gone, ...without } = disk;
    expect(whatChanged(report, ['src/a.ts', 'src/b.ts'], read(without))).toEqual(['tests/a.test.ts: test file gone']);
  });
});

describe('printScores', () => {
  it('passes at the floor and fails under it, naming the folder', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(printScores([{ folder: 'src/lib', killed: 4, counted: 5, score: 80 }], 80)).toBe(true);
    expect(error).not.toHaveBeenCalled();
    expect(printScores([{ folder: 'src/lib', killed: 3, counted: 4, score: 75 }], 80)).toBe(false);
    expect(error).toHaveBeenCalledWith('mutation-scores: expected src/lib at 80% or more, found 75.0%');
    expect(log).toHaveBeenCalledWith('src/lib                   75.0%  (3 of 4 mutants killed)');
    error.mockRestore();
    log.mockRestore();
  });
});
