import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ContentError, describeIssue, describeValue, fieldPath, formatProblem } from '../../../src/lib/errors.ts';

describe('formatProblem', () => {
  it.each([
    [{ file: 'a.mdx', message: 'expected x, found y' }, 'a.mdx: expected x, found y'],
    [{ file: 'a.mdx', line: 3, message: 'm' }, 'a.mdx:3: m'],
    [{ file: 'a.mdx', line: 0, message: 'm' }, 'a.mdx: m'],
    [{ file: 'a.mdx', field: 'plugin[0]', message: 'm' }, 'a.mdx: field "plugin[0]": m'],
    [{ file: 'a.mdx', line: 5, field: 'kind', message: 'm', rule: 'frontmatter' }, 'a.mdx:5: field "kind": m [frontmatter]'],
    [{ file: 'a.mdx', message: 'm', rule: 'layout' }, 'a.mdx: m [layout]'],
    [{ file: 'a.mdx', field: '', message: 'm', rule: '' }, 'a.mdx: m'],
  ])('%j → %j', (problem, line) => {
    expect(formatProblem(problem)).toBe(line);
  });
});

describe('ContentError', () => {
  it('lists every problem in its message and keeps them', () => {
    const problems = [
      { file: 'a.mdx', line: 2, message: 'first' },
      { file: 'b.mdx', field: 'kind', message: 'second', rule: 'r' },
    ];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe('2 problem(s) in the FAQ content:\n  - a.mdx:2: first\n  - b.mdx: field "kind": second [r]');
  });
});

describe('fieldPath', () => {
  it.each([
    [[], ''],
    [['plugin', 1], 'plugin[1]'],
    [['versions', 'terway'], 'versions.terway'],
    [['sources', 0, 'id'], 'sources[0].id'],
    [[0], '[0]'],
    [[Symbol.for('s')], 'Symbol(s)'],
  ] as [PropertyKey[], string][])('%j → %j', (path, text) => {
    expect(fieldPath(path)).toBe(text);
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [new Date('2026-11-21T10:00:00Z'), '2026-11-21'],
    [new Date('nope'), 'an invalid date'],
    ['calico', '"calico"'],
    [['eni'], '["eni"]'],
    [3, '3'],
    ['x'.repeat(78), `"${'x'.repeat(78)}"`],
    ['x'.repeat(79), `"${'x'.repeat(76)}...`],
  ])('%j → %j', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('describeIssue', () => {
  const issue = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    return result.error.issues[0]!;
  };
  const issueWithoutInput = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    return result.error.issues[0]!;
  };

  it('words each kind of issue as expected and found', () => {
    expect(describeIssue(issue(z.string(), 3), {})).toBe('expected a value of type string, found 3');
    expect(describeIssue(issue(z.date(), 'x'), {})).toBe('expected a date (YYYY-MM-DD), found "x"');
    expect(describeIssue(issue(z.enum(['a', 'b']), 'c'), {})).toBe('expected one of "a", "b", found "c"');
    expect(describeIssue(issue(z.strictObject({}), { x: 1, y: 2 }), {})).toBe(
      'expected only known fields, found unknown field(s) "x", "y"',
    );
    expect(describeIssue(issue(z.array(z.string()).min(2), ['a']), {})).toBe('expected at least 2 item(s), found ["a"]');
    expect(describeIssue(issue(z.string().min(1), ''), {})).toBe('expected a non-empty value, found ""');
    expect(describeIssue(issue(z.record(z.string().min(3), z.number()), { b: 1 }), {})).toBe(
      'expected a key from the allowed list, found "b"',
    );
    expect(describeIssue(issue(z.string().regex(/^a$/, { message: 'expected an a' }), 'b'), {})).toBe('expected an a, found "b"');
  });
  it('keeps a custom message that already says what was expected, and adds what was found to others', () => {
    const custom = (message: string) => z.string().refine(() => false, { message });
    expect(describeIssue(issue(custom('expected a single line of text'), 'x'), {})).toBe('expected a single line of text');
    expect(describeIssue(issue(custom('Bad value'), 'x'), {})).toBe('Bad value (found "x")');
  });
  it('looks the value up in the frontmatter when the issue does not carry it', () => {
    const schema = z.object({ versions: z.object({ terway: z.string() }) });
    const root = { versions: { terway: 3 } };
    expect(describeIssue(issueWithoutInput(schema, root), root)).toBe('expected a value of type string, found 3');
    expect(describeIssue(issueWithoutInput(schema, { versions: 'x' }), { versions: 'x' })).toBe(
      'expected a value of type object, found "x"',
    );
    expect(describeIssue(issueWithoutInput(schema, {}), null)).toBe('expected a value of type object, found nothing');
    expect(describeIssue(issueWithoutInput(schema, { versions: {} }), { versions: 'x' })).toBe(
      'expected a value of type string, found nothing',
    );
  });
});
