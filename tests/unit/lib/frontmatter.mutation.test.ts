import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('removes only a leading byte-order mark, not one inside a value', () => {
    expect(splitFrontmatter('---\na: "x\uFEFFy"\n---\n').data).toEqual({ a: 'x\uFEFFy' });
    expect(splitFrontmatter('\uFEFF---\na: "\uFEFF"\n---\n').data).toEqual({ a: '\uFEFF' });
  });
  it('reports a YAML error at line 1, as yaml gives no position without pretty errors', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\na: 3\n---\nbody').error).toEqual({
      line: 1,
      message: 'expected valid YAML frontmatter, found: Map keys must be unique',
    });
  });
  it('does not take an indented key for a top-level one', () => {
    expect(splitFrontmatter('---\nouter:\n  inner: 1\n---\n').keyLines).toEqual(new Map([['outer', 2]]));
  });
});
