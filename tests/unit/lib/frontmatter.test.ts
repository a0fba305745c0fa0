import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('parses the YAML, keeps the body and finds the line of every top-level key', () => {
    const split = splitFrontmatter(
      '---\ntitle: A\nplugin:\n  - terway\nnested:\n  inner: 1\nmy_key-2: 1\n# c: no\n---\n\n## Body\nend\n',
    );
    expect(split).toEqual({
      data: { title: 'A', plugin: ['terway'], nested: { inner: 1 }, 'my_key-2': 1 },
      body: '\n## Body\nend\n',
      bodyLine: 10,
      keyLines: new Map([
        ['title', 2],
        ['plugin', 3],
        ['nested', 5],
        ['my_key-2', 7],
      ]),
    });
  });
  it('accepts a byte-order mark and trailing spaces on the fences', () => {
    expect(splitFrontmatter('\uFEFF---  \na: 1\n--- \nbody')).toEqual({
      data: { a: 1 },
      body: 'body',
      bodyLine: 4,
      keyLines: new Map([['a', 2]]),
    });
  });
  it('gives an empty frontmatter no data and an empty body', () => {
    expect(splitFrontmatter('---\n---')).toEqual({ data: null, body: '', bodyLine: 3, keyLines: new Map() });
  });
  it('needs the file to start with ---', () => {
    expect(splitFrontmatter(' ---\na: 1\n---\n')).toEqual({
      data: undefined,
      body: ' ---\na: 1\n---\n',
      bodyLine: 1,
      keyLines: new Map(),
      error: { line: 1, message: 'expected the file to start with "---" frontmatter, found none' },
    });
    expect(splitFrontmatter('').error?.line).toBe(1);
  });
  it('needs a closing ---', () => {
    expect(splitFrontmatter('---\na: 1\n--- x\nb')).toEqual({
      data: undefined,
      body: '',
      bodyLine: 4,
      keyLines: new Map(),
      error: { line: 1, message: 'expected a closing "---" after the frontmatter, found none' },
    });
  });
  it('reports the first YAML error at its file line, with the first line of its message', () => {
    const split = splitFrontmatter('---\na: 1\nb: [\nc: 2\n---\nbody');
    expect(split.data).toBeUndefined();
    expect(split.body).toBe('body');
    expect(split.bodyLine).toBe(6);
    expect(split.keyLines).toEqual(
      new Map([
        ['a', 2],
        ['b', 3],
        ['c', 4],
      ]),
    );
    expect(split.error?.message).toMatch(/^expected valid YAML frontmatter, found: [^\n]+$/);
    expect(splitFrontmatter('---\na: 1\na: 2\n---\n').error?.message).toBe(
      'expected valid YAML frontmatter, found: Map keys must be unique',
    );
  });
});
