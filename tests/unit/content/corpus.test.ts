// The real corpus on its own: it reads content/, which changes independently of
// the code, so mutation testing leaves it out (see tests/mutation/vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../../src/lib/content-check.ts';
import { formatProblem } from '../../../src/lib/errors.ts';

describe('content check on the real corpus', () => {
  it('passes the real corpus', async () => {
    expect((await checkTree('content')).problems.map(formatProblem)).toEqual([]);
  });
});
