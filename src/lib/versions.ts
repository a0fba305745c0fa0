/**
 * Version parsing, comparison and ranges for the three schemes the corpus
 * meets: plain semver (`1.2.0`, `v1.8.0`, `1.9.0-beta.1`), Kubernetes minors
 * (`1.18`) and Alibaba's four-part Flannel builds (`v0.15.1.4-e02c8f12-aliyun`).
 *
 * Rules:
 * - a leading `v` is ignored; any number of numeric parts is allowed;
 * - `-<commit>-aliyun` (and a bare hex commit id), git's `-g<commit>-aliyun`
 *   (Terway images: `v1.9.1.1-g6c8f8e8-aliyun`) and ACK's `-aliyun.<n>`
 *   (Kubernetes: `v1.30.1-aliyun.1`) are build tags, not pre-releases:
 *   builds are ordered by their numbers alone (ACK's 1.30.1-aliyun.1 is
 *   1.30.1, not a release candidate of it);
 * - any other `-suffix` is a semver pre-release and sorts before the release;
 * - a bound written with fewer parts covers the whole line it names:
 *   `<=1.16` includes 1.16.9 and `>1.16` starts at 1.17 (like semver X-ranges).
 */

/** A parsed version. */
export interface Version {
  /** The numeric parts, as written (`1.18` has two). */
  readonly parts: readonly number[];
  /** Semver pre-release identifiers; empty for a release or a vendor build. */
  readonly pre: readonly string[];
  /** Vendor build tag (`e02c8f12-aliyun`), kept for display only. */
  readonly build: string | null;
  /** The text it was parsed from. */
  readonly raw: string;
}

/** A comparison operator of a range. */
export type Operator = '<' | '<=' | '>' | '>=' | '=';

/** One `op version` test. */
export interface Comparator {
  readonly op: Operator;
  readonly version: Version;
}

/** A parsed range: any of the sets matches, where a set needs all of its comparators. */
export interface Range {
  readonly sets: readonly (readonly Comparator[])[];
  readonly raw: string;
}

const VERSION_RE = /^[vV]?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
const BUILD_TAG_RE = /^(?:[0-9a-f]{6,40}(?:-aliyun)?|aliyun(?:\.\d+)?|g?[0-9a-f]{6,40}-[a-z]+)$/i;

/** Parses one version; returns null when the text is not a version. */
export function parseVersion(text: string): Version | null {
  const raw = text.trim();
  const m = VERSION_RE.exec(raw);
  if (!m) return null;
  const parts = m[1]!.split('.').map(Number);
  if (parts.some((n) => !Number.isSafeInteger(n))) return null;
  const suffix = m[2] ?? null;
  if (suffix !== null && BUILD_TAG_RE.test(suffix)) {
    return { parts, pre: [], build: suffix, raw };
  }
  return { parts, pre: suffix ? suffix.split('.') : [], build: m[3] ?? null, raw };
}

function comparePre(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return Math.sign(b.length - a.length);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (xn !== yn) {
      return xn ? -1 : 1;
    } else if (x < y) {
      return -1;
    } else if (x > y) {
      return 1;
    }
  }
  return 0;
}

/**
 * Compares two versions: negative, zero or positive. With `precision`, only
 * that many numeric parts of both are compared and pre-releases are ignored
 * (used for bounds written as a whole line, such as `1.16`).
 */
export function compareVersions(a: Version, b: Version, precision?: number): number {
  const n = precision ?? Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (precision !== undefined) return 0;
  return comparePre(a.pre, b.pre);
}

/** Thrown for a range that cannot be parsed; the message says what was expected. */
export class RangeSyntaxError extends Error {
  override name = 'RangeSyntaxError';
}

const COMPARATOR_RE = /^(<=|>=|<|>|=)?\s*(\S+)$/;

/** Parses a range such as `>=1.2.0`, `>=1.16 <1.18` or `<1.16 || >=1.20`. */
export function parseRange(text: string): Range {
  const raw = text.trim();
  if (raw === '') throw new RangeSyntaxError('a version range such as ">=1.2.0", found an empty string');
  const sets = raw.split('||').map((alt) => {
    const tokens = alt.replace(/(<=|>=|<|>|=)\s+/g, '$1').match(/\S+/g) ?? [];
    if (tokens.length === 0) throw new RangeSyntaxError(`a comparator on each side of "||", found "${raw}"`);
    return tokens.map((token): Comparator => {
      const m = COMPARATOR_RE.exec(token);
      const version = m ? parseVersion(m[2]!) : null;
      if (!m || !version) {
        throw new RangeSyntaxError(
          `comparators like ">=1.2.0", "<v0.15.1.11-7e95fe23-aliyun" or ">=1.18", found "${token}" in "${raw}"`,
        );
      }
      return { op: (m[1] as Operator | undefined) ?? '=', version };
    });
  });
  return { sets, raw };
}

/** True when the text parses as a range. */
export function isValidRange(text: string): boolean {
  try {
    parseRange(text);
    return true;
  } catch {
    return false;
  }
}

function testComparator(v: Version, { op, version }: Comparator): boolean {
  // A bound without a pre-release and with fewer parts names a whole line.
  const precision = version.pre.length === 0 && version.parts.length < v.parts.length ? version.parts.length : undefined;
  const c = compareVersions(v, version, precision);
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '=':
      return c === 0;
  }
}

/** True when `version` lies in `range` (both may be given as text). */
export function satisfies(version: Version | string, range: Range | string): boolean {
  const v = typeof version === 'string' ? parseVersion(version) : version;
  if (!v) return false;
  const r = typeof range === 'string' ? parseRange(range) : range;
  return r.sets.some((set) => set.every((cmp) => testComparator(v, cmp)));
}

/**
 * The first version that no longer matches a range whose every set is capped
 * by `<` (e.g. `<v0.15.1.11-7e95fe23-aliyun` is fixed in that build); null
 * for ranges that are not of that shape.
 */
export function fixedIn(range: Range | string): Version | null {
  const r = typeof range === 'string' ? parseRange(range) : range;
  let best: Version | null = null;
  for (const set of r.sets) {
    const caps = set.filter((c) => c.op === '<');
    if (caps.length !== 1 || set.some((c) => c.op === '<=' || c.op === '=')) return null;
    const cap = caps[0]!.version;
    if (!best || compareVersions(cap, best) > 0) best = cap;
  }
  return best;
}

/**
 * How to say a range in words: a template per operator (`{v}` is the
 * version), and templates joining two parts (`{a} and {b}`, `{a} or {b}`).
 */
export type RangeWords = Readonly<Record<Operator, string> & { and: string; or: string }>;

const join = (template: string, parts: readonly string[]) =>
  parts.reduce((a, b) => template.replace('{a}', () => a).replace('{b}', () => b));

/** A range in words, e.g. `>=1.16 <1.18` → "1.16 or later and earlier than 1.18" (bounds as written). */
export function describeRange(range: Range | string, words: RangeWords): string {
  const r = typeof range === 'string' ? parseRange(range) : range;
  const sets = r.sets.map((set) =>
    join(
      words.and,
      set.map((c) => words[c.op].replace('{v}', () => c.version.raw)),
    ),
  );
  return join(words.or, sets);
}
