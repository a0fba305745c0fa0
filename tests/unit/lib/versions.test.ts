import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  describeRange,
  fixedIn,
  isValidRange,
  parseRange,
  parseVersion,
  RangeSyntaxError,
  satisfies,
  type RangeWords,
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

describe('parseVersion results', () => {
  it.each([
    [' 1.2 ', { parts: [1, 2], pre: [], build: null, raw: '1.2' }],
    ['V3', { parts: [3], pre: [], build: null, raw: 'V3' }],
    ['1.2.0+build.5', { parts: [1, 2, 0], pre: [], build: 'build.5', raw: '1.2.0+build.5' }],
    ['1.2.0-rc.1+b', { parts: [1, 2, 0], pre: ['rc', '1'], build: 'b', raw: '1.2.0-rc.1+b' }],
    ['v1.0.0-aliyun', { parts: [1, 0, 0], pre: [], build: 'aliyun', raw: 'v1.0.0-aliyun' }],
    ['1.0.0-abcdef0', { parts: [1, 0, 0], pre: [], build: 'abcdef0', raw: '1.0.0-abcdef0' }],
    ['1.0.0-abcde', { parts: [1, 0, 0], pre: ['abcde'], build: null, raw: '1.0.0-abcde' }],
    // Terway images: git describe's g<commit>; ACK's Kubernetes: -aliyun.<n>. Vendor builds, not pre-releases.
    ['v1.9.1.1-g6c8f8e8-aliyun', { parts: [1, 9, 1, 1], pre: [], build: 'g6c8f8e8-aliyun', raw: 'v1.9.1.1-g6c8f8e8-aliyun' }],
    ['v1.30.1-aliyun.1', { parts: [1, 30, 1], pre: [], build: 'aliyun.1', raw: 'v1.30.1-aliyun.1' }],
    ['v1.30.1-aliyun.12', { parts: [1, 30, 1], pre: [], build: 'aliyun.12', raw: 'v1.30.1-aliyun.12' }],
    ['1.0.0-aliyun.x', { parts: [1, 0, 0], pre: ['aliyun', 'x'], build: null, raw: '1.0.0-aliyun.x' }],
    ['1.0.0-g6c8f8e8', { parts: [1, 0, 0], pre: ['g6c8f8e8'], build: null, raw: '1.0.0-g6c8f8e8' }],
  ])('%j → %j', (text, version) => {
    expect(parseVersion(text)).toEqual(version);
  });
  it('rejects numbers too large to compare exactly', () => {
    expect(parseVersion('99999999999999999999.1')).toBeNull();
    expect(parseVersion('1.2.x')).toBeNull();
  });
});

describe('compareVersions in detail', () => {
  it('compares every part of the longer version', () => {
    expect(compareVersions(v('1.2.1'), v('1.2'))).toBe(1);
    expect(compareVersions(v('1.2'), v('1.2.0.1'))).toBe(-1);
  });
  it('returns -1, 0 or 1 whatever the distance', () => {
    expect(compareVersions(v('3'), v('1'))).toBe(1);
    expect(compareVersions(v('1.2'), v('1.10'))).toBe(-1);
    expect(compareVersions(v('1.2.3'), v('1.2.3'))).toBe(0);
  });
  it('compares only the given number of parts, ignoring pre-releases', () => {
    expect(compareVersions(v('1.16.9'), v('1.16'), 2)).toBe(0);
    expect(compareVersions(v('1.17.0'), v('1.16'), 2)).toBe(1);
    expect(compareVersions(v('1.16.0-rc.1'), v('1.16.0'), 3)).toBe(0);
    expect(compareVersions(v('2.0'), v('1.9'), 0)).toBe(0);
  });
  it.each([
    ['1.0.0', '1.0.0-rc.1', 1],
    ['1.0.0-rc.1', '1.0.0-rc.1', 0],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha', 1],
    ['1.0.0-alpha', '1.0.0-1', 1],
    ['1.0.0-b', '1.0.0-a', 1],
    ['1.0.0-rc.10', '1.0.0-rc.9', 1],
    ['1.0.0-rc.1.x', '1.0.0-rc.1.x', 0],
    ['1.0.0-rc.1.a', '1.0.0-rc.1.b', -1],
    ['1.0.0-rc.100', '1.0.0-rc.99', 1],
    ['1.0.0-rc1', '1.0.0-1', 1],
    ['1.0.0-1rc', '1.0.0-2', 1],
    ['1.0.0--x', '1.0.0-1', 1],
  ])('orders %s against %s as %i', (a, b, order) => {
    expect(compareVersions(v(a), v(b))).toBe(order);
  });
});

describe('parseRange structure', () => {
  it('splits alternatives and comparators, trimming the raw text', () => {
    expect(parseRange('  >= 1.16   <1.18 ||  =  2 ')).toEqual({
      raw: '>= 1.16   <1.18 ||  =  2',
      sets: [
        [
          { op: '>=', version: v('1.16') },
          { op: '<', version: v('1.18') },
        ],
        [{ op: '=', version: v('2') }],
      ],
    });
    expect(parseRange('<=1 >1 <2').sets[0]!.map((c) => c.op)).toEqual(['<=', '>', '<']);
  });
  it('says exactly what it expected', () => {
    expect(() => parseRange('   ')).toThrow(new RangeSyntaxError('a version range such as ">=1.2.0", found an empty string'));
    expect(() => parseRange('||>=1')).toThrow(new RangeSyntaxError('a comparator on each side of "||", found "||>=1"'));
    expect(() => parseRange('>=1 latest')).toThrow(
      new RangeSyntaxError(
        'comparators like ">=1.2.0", "<v0.15.1.11-7e95fe23-aliyun" or ">=1.18", found "latest" in ">=1 latest"',
      ),
    );
    expect(new RangeSyntaxError('x').name).toBe('RangeSyntaxError');
    expect(isValidRange('>=1.2 <2')).toBe(true);
  });
});

describe('satisfies operators', () => {
  it.each([
    ['1.2.0', '<1.2.0', false],
    ['1.1.9', '<1.2.0', true],
    ['1.2.0', '<=1.2.0', true],
    ['1.2.1', '<=1.2.0', false],
    ['1.2.0', '>1.2.0', false],
    ['1.2.1', '>1.2.0', true],
    ['1.2.0', '>=1.2.0', true],
    ['1.2.0', '=1.2.0', true],
    ['1.2.1', '=1.2.0', false],
    ['1.2', '=1.2.0', true],
    ['1.16.3', '<=1.16-rc.1', false],
    ['1.16.0-rc.2', '>1.16.0-rc.1', true],
  ])('%s in %s: %s', (version, range, inside) => {
    expect(satisfies(version, range)).toBe(inside);
  });
  it('takes parsed versions and ranges too', () => {
    expect(satisfies(v('1.17.3'), parseRange('>=1.16 <1.18'))).toBe(true);
    expect(satisfies(v('1.18.0'), parseRange('>=1.16 <1.18'))).toBe(false);
  });
});

describe('fixedIn in detail', () => {
  it('takes the highest cap over the alternatives', () => {
    expect(fixedIn('<1.2 || <1.5')?.raw).toBe('1.5');
    expect(fixedIn('<1.5 || <1.2')?.raw).toBe('1.5');
    expect(fixedIn('>=1.0 <1.2')?.raw).toBe('1.2');
    expect(fixedIn(parseRange('<2'))?.raw).toBe('2');
  });
  it('returns null unless every alternative has exactly one "<" and no "<=" or "="', () => {
    expect(fixedIn('<1.2 <1.3')).toBeNull();
    expect(fixedIn('<1.2 || >=2')).toBeNull();
    expect(fixedIn('<1.2 =1.1')).toBeNull();
    expect(fixedIn('<1.2 <=1.1')).toBeNull();
    expect(fixedIn('<1.2 >1.0')?.raw).toBe('1.2');
  });
});

describe('vendor builds compare as their release', () => {
  it('puts ACK’s Kubernetes 1.30.1-aliyun.1 inside ranges that hold 1.30.1', () => {
    expect(satisfies('v1.30.1-aliyun.1', '>=1.30.1')).toBe(true);
    expect(satisfies('v1.30.1-aliyun.1', '<1.30.1')).toBe(false);
    expect(satisfies('v1.9.1.1-g6c8f8e8-aliyun', '>=1.9.1.1')).toBe(true);
  });
});

describe('describeRange', () => {
  const en: RangeWords = {
    '<': 'earlier than {v}',
    '<=': '{v} or earlier',
    '>': 'later than {v}',
    '>=': '{v} or later',
    '=': '{v}',
    and: '{a} and {b}',
    or: '{a} or {b}',
  };
  it.each([
    ['>=1.8.0', '1.8.0 or later'],
    ['<1.20', 'earlier than 1.20'],
    ['<=1.17', '1.17 or earlier'],
    ['>1.16', 'later than 1.16'],
    ['1.18', '1.18'],
    ['>=1.16 <1.18', '1.16 or later and earlier than 1.18'],
    ['<1.16 || >=1.20', 'earlier than 1.16 or 1.20 or later'],
    ['<v0.15.1.11-7e95fe23-aliyun', 'earlier than v0.15.1.11-7e95fe23-aliyun'],
  ])('says %s as "%s"', (range, words) => {
    expect(describeRange(range, en)).toBe(words);
  });
  it('takes a parsed range too', () => {
    expect(describeRange(parseRange('>=2'), en)).toBe('2 or later');
  });
  it('joins three parts in order, with templates that put the parts anywhere', () => {
    const ja: RangeWords = { ...en, '<': '{v} 未満', '>=': '{v} 以上', and: '{a} かつ {b}', or: '{b}、または {a}' };
    expect(describeRange('>=1.16 <1.18 || >=1.20', ja)).toBe('1.20 以上、または 1.16 以上 かつ 1.18 未満');
    expect(describeRange('>=1 >=2 >=3', { ...en, and: '({a}+{b})' })).toBe('((1 or later+2 or later)+3 or later)');
  });
});
