import type { z } from 'astro/zod';

/** One problem with the content, located as precisely as we can. */
export interface Problem {
  /** Path of the file, relative to the project root when possible. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number | undefined;
  /** Frontmatter field path such as `plugin[1]` or `versions.terway`. */
  readonly field?: string | undefined;
  /** "expected …, found …" */
  readonly message: string;
  /** Id of the rule that found it (a module in src/lib/content-rules/). */
  readonly rule?: string;
}

/** Renders a problem as one line: `file:line: field "x": expected …, found …`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const rule = p.rule ? ` [${p.rule}]` : '';
  return p.field ? `${where}: field "${p.field}": ${p.message}${rule}` : `${where}: ${p.message}${rule}`;
}

/** Thrown when the content tree has problems; the message lists all of them. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${problems.length} problem(s) in the FAQ content:\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n'));
    this.problems = problems;
  }
}

/** `plugin[1]`, `versions.terway`, `sources[0].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Short, readable rendering of a found value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns one Zod issue into "expected …, found …" wording. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const found = describeValue('input' in issue ? issue.input : valueAt(root, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'date' ? 'a date (YYYY-MM-DD)' : `a value of type ${issue.expected}`}, found ${found}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found}`;
    case 'unrecognized_keys':
      return `expected only known fields, found unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item(s), found ${found}`
        : `expected a non-empty value, found ${found}`;
    case 'invalid_key':
      return `expected a key from the allowed list, found ${found}`;
    case 'invalid_format':
      return `${issue.message}, found ${found}`;
    default:
      return issue.message.startsWith('expected') ? issue.message : `${issue.message} (found ${found})`;
  }
}
