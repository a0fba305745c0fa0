import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { describeIssue, describeValue } from '../../../src/lib/errors.ts';

/** An issue as a custom rule would raise it: no input, only a path into the frontmatter. */
const custom = (path: PropertyKey[]): z.core.$ZodIssue => ({ code: 'custom', path, message: 'Bad value' }) as z.core.$ZodIssue;

describe('describeIssue looking a value up in the frontmatter', () => {
  it('finds nothing below a text value, even for a key every string has', () => {
    expect(describeIssue(custom(['versions', 'length']), { versions: 'abc' })).toBe('Bad value (found nothing)');
    expect(describeIssue(custom(['versions', 0]), { versions: 'abc' })).toBe('Bad value (found nothing)');
  });
  it('finds a value nested in objects and arrays', () => {
    expect(describeIssue(custom(['sources', 1, 'id']), { sources: [{ id: 'a' }, { id: 'b' }] })).toBe('Bad value (found "b")');
  });
  it('finds nothing below null', () => {
    expect(describeIssue(custom(['versions', 'terway']), { versions: null })).toBe('Bad value (found nothing)');
  });
});

describe('describeValue', () => {
  it('writes null as null, in an object too', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue({ a: null })).toBe('{"a":null}');
  });
  it('keeps a value of exactly 80 characters and shortens one of 81 to 80', () => {
    const eighty = 'y'.repeat(78);
    expect(describeValue(eighty)).toBe(`"${eighty}"`);
    expect(describeValue(`${eighty}z`)).toBe(`"${'y'.repeat(76)}...`);
    expect(describeValue(`${eighty}z`)).toHaveLength(80);
  });
});
