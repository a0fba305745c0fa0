import { describe, expect, it } from 'vitest';
import { folderScores } from '../../../scripts/mutation-scores.mjs';

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
