import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, localeKeys, type Locale } from '../i18n/locales.ts';
import { ENTRY_ID_RE, entrySchema, languageNeutralFields, type EntryData } from '../schemas/entry.ts';
import { requiredSections } from '../schemas/sections.ts';
import { describeIssue, describeValue, fieldPath, type Problem } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { readOutline, type OutlineHeading } from './outline.ts';
import { codeLanguages, parseCodeMeta } from '../markdown/code-meta.ts';
import { readCodeText } from '../markdown/code-text.ts';
import { checkPatches } from './kubectl-patch.ts';

/** One entry file that passed its own checks. */
export interface CheckedFile {
  readonly file: string;
  readonly locale: Locale;
  readonly id: string;
  readonly data: EntryData;
  readonly headings: readonly OutlineHeading[];
}

/** The result of checking a whole content tree. */
export interface TreeReport {
  readonly files: readonly CheckedFile[];
  readonly problems: readonly Problem[];
}

/** Compares two language-neutral values, ignoring list order and key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map(canonical).sort());
  if (value && typeof value === 'object') {
    return JSON.stringify(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return JSON.stringify(value);
}

/**
 * Checks the fenced blocks of a body against the code conventions (language,
 * meta, placeholders, diff markers, prompts), so `check:content` and the
 * build report them with the file and line before anything renders.
 */
export function checkCodeBlocks(body: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang, meta] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence!)) end++;
    const source = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
      .join('\n');
    if (!lang || !(codeLanguages as readonly string[]).includes(lang)) {
      problems.push({
        line: i + 1,
        message: `expected a fenced code block with a language (${codeLanguages.join(', ')}), found ${lang ? `"${lang}"` : 'none'}`,
      });
    } else {
      try {
        const parsed = parseCodeMeta(meta);
        const { problems: found } = readCodeText(source, { lang, output: parsed.output, placeholders: parsed.placeholders });
        for (const p of found) problems.push({ line: i + 2 + p.line, message: p.message });
        if (lang === 'bash' || lang === 'shell') {
          for (const p of checkPatches(source)) problems.push({ line: i + 2 + p.line, message: p.message });
        }
      } catch (error) {
        problems.push({ line: i + 1, message: (error as Error).message });
      }
    }
    i = end;
  }
  return problems;
}

/** Checks one file's frontmatter and outline. */
export function checkFile(file: string, locale: Locale, id: string, source: string): { file?: CheckedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!ENTRY_ID_RE.test(id)) {
    problems.push({
      file,
      field: 'id',
      message: `expected an ASCII kebab-case file name such as "vswitch-ip-exhausted.mdx", found "${id}"`,
    });
  }
  const split = splitFrontmatter(source);
  if (split.error) return { problems: [...problems, { file, line: split.error.line, message: split.error.message }] };
  const parsed = entrySchema.safeParse(split.data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path) || undefined;
      const top = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      const line = top ? split.keyLines.get(top) : undefined;
      problems.push({ file, ...(line ? { line } : {}), ...(field ? { field } : {}), message: describeIssue(issue, split.data) });
    }
    return { problems };
  }
  const outline = readOutline(locale, split.body);
  for (const e of outline.errors) problems.push({ file, line: e.line + split.bodyLine - 1, message: e.message });
  for (const p of checkCodeBlocks(split.body)) problems.push({ file, line: p.line + split.bodyLine - 1, message: p.message });
  const present = outline.headings.filter((h) => h.depth === 2).map((h) => h.anchor);
  const required: readonly string[] = requiredSections[parsed.data.kind];
  const order = present.filter((a) => required.includes(a));
  const missing = required.filter((s) => !present.includes(s));
  if (missing.length) {
    problems.push({
      file,
      message: `expected a ${parsed.data.kind} entry to have the sections ${required.join(', ')}, found none for ${missing.join(', ')}`,
    });
  } else if (order.join() !== required.join()) {
    problems.push({ file, message: `expected the sections in the order ${required.join(', ')}, found ${order.join(', ')}` });
  }
  const dupes = present.filter((a, i) => present.indexOf(a) !== i);
  if (dupes.length) problems.push({ file, message: `expected each section once, found "${dupes[0]}" more than once` });
  if (problems.length) return { problems };
  return { file: { file, locale, id, data: parsed.data, headings: outline.headings }, problems };
}

/**
 * Files of one entry whose value differs from the others. The value most
 * files share is taken as intended (so the odd one out is named); with no
 * majority, English is the reference.
 */
function disagreements(
  files: readonly CheckedFile[],
  field: string | undefined,
  key: (f: CheckedFile) => string,
  show: (f: CheckedFile) => string,
): Problem[] {
  if (files.length < 2) return [];
  const counts = new Map<string, number>();
  for (const f of files) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  if (counts.size === 1) return [];
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const reference =
    topCount > files.length / 2 ? files.find((f) => key(f) === top)! : (files.find((f) => f.locale === 'en') ?? files[0]!);
  return files
    .filter((f) => key(f) !== key(reference))
    .map((f) => ({
      file: f.file,
      ...(field ? { field } : {}),
      message: `expected the same value as ${reference.file} (${show(reference)}), found ${show(f)}`,
    }));
}

/** Checks the relations between files: translations, shared fields, related ids, aliases. */
export function checkRelations(
  files: readonly CheckedFile[],
  present: ReadonlyMap<string, ReadonlyMap<Locale, string>>,
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(present.keys());
  const byKey = new Map(files.map((f) => [`${f.locale}/${f.id}`, f]));

  for (const [id, perLocale] of present) {
    const anyFile = [...perLocale.values()][0]!;
    for (const locale of localeKeys) {
      if (!perLocale.has(locale)) {
        problems.push({
          file: anyFile,
          field: 'id',
          message: `expected a "${locale}" translation of "${id}" at faq/${locale}/${id}.mdx, found none`,
        });
      }
    }
    const versions = localeKeys.map((l) => byKey.get(`${l}/${id}`)).filter((f): f is CheckedFile => f !== undefined);
    for (const field of languageNeutralFields) {
      problems.push(
        ...disagreements(
          versions,
          field,
          (f) => canonical(f.data[field]),
          (f) => describeValue(f.data[field]),
        ),
      );
    }
    const anchors = (f: CheckedFile) => f.headings.map((h) => h.anchor).join(' ') || 'none';
    for (const p of disagreements(versions, undefined, anchors, anchors)) {
      problems.push({
        ...p,
        message: p.message.replace(
          /^expected the same value as (\S+) \((.*)\), found (.*)$/,
          'expected the same headings as $1 (anchors: $2), found anchors: $3',
        ),
      });
    }
  }

  const aliasOwner = new Map<string, string>();
  for (const f of files) {
    f.data.related.forEach((rel, i) => {
      if (rel === f.id)
        problems.push({
          file: f.file,
          field: `related[${i}]`,
          message: `expected another entry's id, found the entry's own id "${rel}"`,
        });
      else if (!ids.has(rel))
        problems.push({ file: f.file, field: `related[${i}]`, message: `expected the id of an existing entry, found "${rel}"` });
    });
    f.data.aliases.forEach((alias, i) => {
      if (ids.has(alias)) {
        problems.push({
          file: f.file,
          field: `aliases[${i}]`,
          message: `expected a former id that no entry uses now, found "${alias}", the id of an existing entry`,
        });
      }
      const owner = aliasOwner.get(alias);
      if (owner && owner !== f.id) {
        problems.push({
          file: f.file,
          field: `aliases[${i}]`,
          message: `expected an alias used by one entry only, found "${alias}" also claimed by "${owner}"`,
        });
      }
      aliasOwner.set(alias, f.id);
    });
  }
  return problems;
}

/**
 * Checks a content folder (`<dir>/faq/<locale>/<id>.mdx`): every file on its
 * own, then the relations between them. Never throws for bad content; the
 * problems come back as data so callers decide how to fail.
 */
export function checkTree(contentDir: string, cwd = process.cwd()): TreeReport {
  const problems: Problem[] = [];
  const files: CheckedFile[] = [];
  const present = new Map<string, Map<Locale, string>>();
  const faqDir = join(contentDir, 'faq');
  const rel = (p: string) => relative(cwd, p) || p;
  let folders: string[];
  try {
    folders = readdirSync(faqDir).sort();
  } catch {
    return { files, problems: [{ file: rel(faqDir), message: 'expected a folder of entries, found none' }] };
  }
  for (const folder of folders) {
    const dir = join(faqDir, folder);
    if (!statSync(dir).isDirectory()) {
      problems.push({ file: rel(dir), message: `expected only the folders ${localeKeys.join(', ')} in faq/, found a file` });
      continue;
    }
    if (!isLocale(folder)) {
      problems.push({ file: rel(dir), message: `expected a language folder (${localeKeys.join(', ')}), found "${folder}"` });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const m = /^(.*)\.(mdx?)$/.exec(name);
      if (!m || m[2] !== 'mdx') {
        problems.push({ file: rel(path), message: `expected only .mdx entry files, found "${name}"` });
        continue;
      }
      const id = m[1]!;
      const seen = present.get(id) ?? new Map<Locale, string>();
      if (seen.has(folder)) {
        problems.push({
          file: rel(path),
          field: 'id',
          message: `expected a unique id, found "${id}" also used by ${seen.get(folder)}`,
        });
        continue;
      }
      seen.set(folder, rel(path));
      present.set(id, seen);
      const result = checkFile(rel(path), folder, id, readFileSync(path, 'utf8'));
      problems.push(...result.problems);
      if (result.file) files.push(result.file);
    }
  }
  // Ids differing only in case would collide on case-insensitive file systems and hosts.
  const lower = new Map<string, string>();
  for (const id of present.keys()) {
    const other = lower.get(id.toLowerCase());
    if (other)
      problems.push({
        file: [...present.get(id)!.values()][0]!,
        field: 'id',
        message: `expected a unique id, found "${id}" and "${other}"`,
      });
    lower.set(id.toLowerCase(), id);
  }
  problems.push(...checkRelations(files, present));
  return { files, problems };
}
