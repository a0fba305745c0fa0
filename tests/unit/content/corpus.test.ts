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

describe('the home page’s common errors', () => {
  it('are each listed, exactly as written, by some entry of the real corpus', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { splitFrontmatter } = await import('../../../src/lib/frontmatter.ts');
    const { COMMON_ERRORS } = await import('../../../src/components/entry/common-errors.ts');
    const listed = new Set(
      readdirSync('content/faq/en').flatMap(
        (f) => (splitFrontmatter(readFileSync(`content/faq/en/${f}`, 'utf8')).data as { errors?: string[] }).errors ?? [],
      ),
    );
    expect(COMMON_ERRORS.filter((e) => !listed.has(e))).toEqual([]);
  });
});
