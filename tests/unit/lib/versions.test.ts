import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  fixedIn,
  isValidRange,
  parseRange,
  parseVersion,
  RangeSyntaxError,
  satisfies,
} from '../../../src/lib/versions.ts';

const v = (s: string) => {
  const parsed = parseVersion(s);
  if (!parsed) throw new Error(`test version ${s} does not parse`);
  return parsed;
};

describe('parseVersion', () => {
  it('reads semver with and without a v prefix', () => {
    expect(v('1.2.0').parts).toEqual([1, 2, 0]);
    expect(v('v1.8.0').parts).toEqual([1, 8, 0]);
  });
  it('reads Kubernetes minors as two parts', () => {
    expect(v('1.18').parts).toEqual([1, 18]);
  });
  it('reads four-part Flannel builds and keeps the commit as a build tag, not a pre-release', () => {
    const f = v('v0.15.1.4-e02c8f12-aliyun');
    expect(f.parts).toEqual([0, 15, 1, 4]);
    expect(f.pre).toEqual([]);
    expect(f.build).toBe('e02c8f12-aliyun');
  });
  it('reads semver pre-releases', () => {
    expect(v('1.9.0-beta.1').pre).toEqual(['beta', '1']);
  });
  it('rejects text that is not a version', () => {
    expect(parseVersion('latest')).toBeNull();
    expect(parseVersion('1..2')).toBeNull();
    expect(parseVersion('')).toBeNull();
  });
});

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions(v('1.10.0'), v('1.9.0'))).toBe(1);
    expect(compareVersions(v('v0.15.1.11-7e95fe23-aliyun'), v('v0.15.1.4-e02c8f12-aliyun'))).toBe(1);
  });
  it('treats missing parts as zero', () => {
    expect(compareVersions(v('1.18'), v('1.18.0'))).toBe(0);
  });
  it('ignores the commit of a Flannel build', () => {
    expect(compareVersions(v('v0.15.1.4-aaaaaaaa-aliyun'), v('v0.15.1.4-e02c8f12-aliyun'))).toBe(0);
  });
  it('puts pre-releases before the release, and orders them by identifiers', () => {
    expect(compareVersions(v('1.9.0-beta.1'), v('1.9.0'))).toBe(-1);
    expect(compareVersions(v('1.9.0-beta.2'), v('1.9.0-beta.10'))).toBe(-1);
    expect(compareVersions(v('1.9.0-alpha'), v('1.9.0-beta'))).toBe(-1);
    expect(compareVersions(v('1.9.0-1'), v('1.9.0-alpha'))).toBe(-1);
  });
});

describe('satisfies', () => {
  it('handles open ranges', () => {
    expect(satisfies('1.2.0', '>=1.2.0')).toBe(true);
    expect(satisfies('1.1.9', '>=1.2.0')).toBe(false);
    expect(satisfies('v1.11.0', '>=1.8.0')).toBe(true);
  });
  it('handles closed ranges written as two comparators', () => {
    expect(satisfies('1.17.3', '>=1.16 <1.18')).toBe(true);
    expect(satisfies('1.18.0', '>=1.16 <1.18')).toBe(false);
  });
  it('handles alternatives', () => {
    expect(satisfies('1.14', '<1.16 || >=1.20')).toBe(true);
    expect(satisfies('1.18', '<1.16 || >=1.20')).toBe(false);
  });
  it('lets a shorter bound cover its whole line', () => {
    expect(satisfies('1.16.9', '<=1.16')).toBe(true);
    expect(satisfies('1.16.9', '>1.16')).toBe(false);
    expect(satisfies('1.17.0', '>1.16')).toBe(true);
    expect(satisfies('1.18.2', '>=1.18')).toBe(true);
    expect(satisfies('1.30.1', '=1.30')).toBe(true);
  });
  it('compares Flannel builds against Flannel bounds', () => {
    expect(satisfies('v0.15.1.4-e02c8f12-aliyun', '<v0.15.1.11-7e95fe23-aliyun')).toBe(true);
    expect(satisfies('v0.15.1.11-7e95fe23-aliyun', '<v0.15.1.11-7e95fe23-aliyun')).toBe(false);
    expect(satisfies('v0.15.1.22-20a397e6-aliyun', '>=v0.15.1.4-e02c8f12-aliyun')).toBe(true);
  });
  it('keeps a pre-release below its release bound', () => {
    expect(satisfies('1.8.0-rc.1', '>=1.8.0')).toBe(false);
    expect(satisfies('1.8.0-rc.1', '<1.8.0')).toBe(true);
  });
  it('never matches text that is not a version', () => {
    expect(satisfies('latest', '>=1.0.0')).toBe(false);
  });
});

describe('parseRange', () => {
  it('accepts spaces between operator and version', () => {
    expect(parseRange('>= 1.2.0').sets[0]).toEqual([{ op: '>=', version: v('1.2.0') }]);
  });
  it('reads a bare version as equality', () => {
    expect(parseRange('1.2.0').sets[0]![0]!.op).toBe('=');
  });
  it.each([
    ['', 'a version range such as ">=1.2.0", found an empty string'],
    ['=>1.2.0', 'found "=>1.2.0"'],
    ['>=one', 'found ">=one"'],
    ['>=1.2.0 ||', 'a comparator on each side of "||"'],
  ])('rejects %j with a message that says what was expected', (range, wording) => {
    expect(() => parseRange(range)).toThrow(RangeSyntaxError);
    expect(() => parseRange(range)).toThrow(wording);
    expect(isValidRange(range)).toBe(false);
  });
});

describe('fixedIn', () => {
  it('names the first fixed build of a "<" range', () => {
    expect(fixedIn('<v0.15.1.11-7e95fe23-aliyun')?.raw).toBe('v0.15.1.11-7e95fe23-aliyun');
  });
  it('returns null for ranges with no upper cap', () => {
    expect(fixedIn('>=1.2.0')).toBeNull();
    expect(fixedIn('<=1.16')).toBeNull();
  });
});
