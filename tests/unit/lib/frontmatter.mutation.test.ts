import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('removes only a leading byte-order mark, not one inside a value', () => {
    expect(splitFrontmatter('---\na: "x\uFEFFy"\n---\n').data).toEqual({ a: 'x\uFEFFy' });
    expect(splitFrontmatter('\uFEFF---\na: "\uFEFF"\n---\n').data).toEqual({ a: '\uFEFF' });
  });
  it('reports a YAML error at the file line where it starts', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\na: 3\n---\nbody').error).toEqual({
      line: 4,
      message: 'expected valid YAML frontmatter, found: Map keys must be unique',
    });
  });
  it('counts lines from the top of the file, the opening fence being line 1', () => {
    // An unclosed quote is noticed where the value ends: the last line of the frontmatter.
    expect(splitFrontmatter('---\ntitle: x\nsummary: "unclosed\nkind: y\n---\n').error).toEqual({
      line: 4,
      message: 'expected valid YAML frontmatter, found: Missing closing "quote',
    });
    expect(splitFrontmatter('---\na: 1\na: 2\n---\n').error?.line).toBe(3);
  });
  it('does not take an indented key for a top-level one', () => {
    expect(splitFrontmatter('---\nouter:\n  inner: 1\n---\n').keyLines).toEqual(new Map([['outer', 2]]));
  });
});
