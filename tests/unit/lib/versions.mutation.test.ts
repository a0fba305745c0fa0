import { describe, expect, it } from 'vitest';
import { compareVersions, fixedIn, parseVersion } from '../../../src/lib/versions.ts';

const v = (s: string) => {
  const parsed = parseVersion(s);
  if (!parsed) throw new Error(`test version ${s} does not parse`);
  return parsed;
};

describe('compareVersions on pre-release identifiers', () => {
  it.each([
    ['1.0.0-beta.10', '1.0.0-beta.11', -1],
    ['1.0.0-beta.11', '1.0.0-beta.10', 1],
    ['1.0.0-1', '1.0.0-rc1', -1],
    ['1.0.0-2', '1.0.0-1rc', -1],
    ['1.0.0-10', '1.0.0-x', -1],
  ])('orders %s against %s as %i', (a, b, order) => {
    expect(compareVersions(v(a), v(b))).toBe(order);
  });
});

describe('fixedIn with equal caps', () => {
  it('names the cap as first written when alternatives name the same version', () => {
    expect(fixedIn('<1.2 || <1.2.0')?.raw).toBe('1.2');
    expect(fixedIn('<1.2.0 || <1.2')?.raw).toBe('1.2.0');
  });
});
