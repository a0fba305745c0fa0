import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, localeKeys, type Locale } from '../i18n/locales.ts';
import { ENTRY_ID_RE, entrySchema } from '../schemas/entry.ts';
import type { z } from 'astro/zod';
import { describeIssue, fieldPath, type Problem } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { LINE_ENDINGS, lineEndings } from './content-rules/line-endings.ts';
import { readOutline } from './outline.ts';
import { readDocument } from './content-rules/document.ts';
import { bodyRules, fileRules, treeRules, type CheckOptions, type FileContext } from './content-rules/index.ts';
import { shellcheckFiles } from './content-rules/shellcheck.ts';
import { TRIAGE_ID_RE, triageNodeSchema } from '../schemas/triage.ts';
import { checkTriage, type TriageFile } from './triage/check.ts';

/** One entry file that passed the frontmatter stage. */
export type CheckedFile = FileContext;

/** The result of checking a whole content tree. */
export interface TreeReport {
  readonly files: readonly CheckedFile[];
  /** The triage nodes that passed the frontmatter stage. */
  readonly triage: readonly TriageFile[];
  readonly problems: readonly Problem[];
}

/** The schema's issues with a file's frontmatter as problems: field path, "expected …, found …", and the line `lineOf` gives. */
function frontmatterProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path) || undefined;
    const line = lineOf(issue.path);
    return {
      file,
      ...(line ? { line } : {}),
      ...(field ? { field } : {}),
      rule: 'frontmatter',
      message: describeIssue(issue, data),
    };
  });
}

/**
 * Reads one file: id, frontmatter against the schema, outline and blocks.
 * Returns the context the rules run on, or the problems that stop them.
 */
export function readEntryFile(
  file: string,
  locale: Locale,
  id: string,
  source: string,
): { file?: CheckedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!ENTRY_ID_RE.test(id)) {
    problems.push({
      file,
      field: 'id',
      rule: 'entry-id',
      message: `expected an ASCII kebab-case file name such as "vswitch-ip-exhausted.mdx", found "${id}"`,
    });
  }
  // Checked before anything reads the file: every reader below assumes LF line endings.
  const crlf = lineEndings(source);
  if (crlf) return { problems: [...problems, { file, ...crlf, rule: LINE_ENDINGS }] };
  const split = splitFrontmatter(source);
  if (split.error)
    return { problems: [...problems, { file, line: split.error.line, rule: 'frontmatter', message: split.error.message }] };
  const parsed = entrySchema.safeParse(split.data, { reportInput: true });
  if (!parsed.success) {
    const topLine = (path: readonly PropertyKey[]) => (typeof path[0] === 'string' ? split.keyLines.get(path[0]) : undefined);
    return { problems: [...problems, ...frontmatterProblems(file, parsed.error.issues, split.data, topLine)] };
  }
  const { headings } = readOutline(locale, split.body);
  const { blocks, prose } = readDocument(split.body, split.bodyLine);
  return {
    file: {
      file,
      locale,
      id,
      data: parsed.data,
      source,
      body: split.body,
      bodyLine: split.bodyLine,
      headings: headings.map((h) => ({ ...h, line: h.line + split.bodyLine - 1 })),
      blocks,
      prose,
      keyLines: split.keyLines,
    },
    problems,
  };
}

/** Runs every file rule on one file. */
export async function checkFile(ctx: CheckedFile): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const rule of fileRules) {
    for (const p of await rule.check(ctx)) problems.push({ file: ctx.file, ...p, rule: rule.id });
  }
  return problems;
}

/** Lists `<dir>/faq/<locale>/<id>.mdx`, reporting anything else found there. */
function listFiles(faqDir: string, rel: (p: string) => string) {
  const problems: Problem[] = [];
  const found: { path: string; locale: Locale; id: string }[] = [];
  const present = new Map<string, Map<Locale, string>>();
  let folders: string[];
  try {
    folders = readdirSync(faqDir).sort();
  } catch {
    return {
      found,
      present,
      problems: [{ file: rel(faqDir), rule: 'layout', message: 'expected a folder of entries, found none' }],
    };
  }
  for (const folder of folders) {
    const dir = join(faqDir, folder);
    if (!statSync(dir).isDirectory()) {
      problems.push({
        file: rel(dir),
        rule: 'layout',
        message: `expected only the folders ${localeKeys.join(', ')} in faq/, found a file`,
      });
      continue;
    }
    if (!isLocale(folder)) {
      problems.push({
        file: rel(dir),
        rule: 'layout',
        message: `expected a language folder (${localeKeys.join(', ')}), found "${folder}"`,
      });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const m = /^(.*)\.mdx$/.exec(name);
      if (!m) {
        problems.push({ file: rel(path), rule: 'layout', message: `expected only .mdx entry files, found "${name}"` });
        continue;
      }
      const id = m[1]!;
      const seen = present.get(id) ?? new Map<Locale, string>();
      seen.set(folder, rel(path));
      present.set(id, seen);
      found.push({ path, locale: folder, id });
    }
  }
  return { found, present, problems };
}

/**
 * Checks a content folder (`<dir>/faq/<locale>/<id>.mdx`): every file on its
 * own, then the rules over the whole tree. Never throws for bad content; the
 * problems come back as data so callers decide how to fail.
 */
export async function checkTree(
  contentDir: string,
  cwd = process.cwd(),
  options: CheckOptions = { shellcheck: 'required' },
): Promise<TreeReport> {
  const rel = (p: string) => relative(cwd, p) || p;
  const { found, present, problems } = listFiles(join(contentDir, 'faq'), rel);
  const files: CheckedFile[] = [];
  for (const { path, locale, id } of found) {
    const read = readEntryFile(rel(path), locale, id, readFileSync(path, 'utf8'));
    problems.push(...read.problems);
    if (read.file) {
      files.push(read.file);
      problems.push(...(await checkFile(read.file)));
    }
  }
  for (const rule of treeRules) {
    for (const p of await rule.check({ files, present, options })) problems.push({ ...p, rule: rule.id });
  }
  const triage = await checkTriageFolder(join(contentDir, 'triage'), rel, files, options);
  problems.push(...triage.problems);
  return { files, triage: triage.files, problems };
}

/** 1-based file lines of the items of the top-level `answers:` list in a file's frontmatter. */
export function answerLines(source: string, answersLine: number | undefined): number[] {
  if (answersLine === undefined) return [];
  const lines = source.split('\n');
  const found: number[] = [];
  let indent: number | undefined;
  for (let i = answersLine; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trimEnd() === '---' || /^\S/.test(text)) break;
    const item = /^(\s*)- /.exec(text);
    if (!item) continue;
    indent ??= item[1]!.length;
    if (item[1]!.length === indent) found.push(i + 1);
  }
  return found;
}

/** Reads one triage node file: frontmatter against the schema, then its body. */
export function readTriageFile(
  file: string,
  locale: Locale,
  tree: string,
  node: string,
  source: string,
): { file?: TriageFile; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const [what, id] of [
    ['tree folder', tree],
    ['node file', node],
  ] as const) {
    if (!TRIAGE_ID_RE.test(id)) {
      problems.push({
        file,
        rule: 'triage-id',
        message: `expected an ASCII kebab-case ${what} name such as "pod-no-ip", found "${id}"`,
      });
    }
  }
  const crlf = lineEndings(source);
  if (crlf) return { problems: [...problems, { file, ...crlf, rule: LINE_ENDINGS }] };
  const split = splitFrontmatter(source);
  if (split.error)
    return { problems: [...problems, { file, line: split.error.line, rule: 'frontmatter', message: split.error.message }] };
  const parsed = triageNodeSchema.safeParse(split.data, { reportInput: true });
  const lines = answerLines(source, split.keyLines.get('answers'));
  if (!parsed.success) {
    // An answer's problem points at its own `- ` line, the rest at their key.
    const lineOf = (path: readonly PropertyKey[]) =>
      path[0] === 'answers' && typeof path[1] === 'number'
        ? lines[path[1]]
        : typeof path[0] === 'string'
          ? split.keyLines.get(path[0])
          : undefined;
    return { problems: [...problems, ...frontmatterProblems(file, parsed.error.issues, split.data, lineOf)] };
  }
  const { blocks, prose } = readDocument(split.body, split.bodyLine);
  return {
    file: {
      file,
      locale,
      tree,
      node,
      data: parsed.data,
      source,
      body: split.body,
      bodyLine: split.bodyLine,
      blocks,
      prose,
      keyLines: split.keyLines,
      answerLines: lines,
    },
    problems,
  };
}

/**
 * Checks `<dir>/<locale>/<tree>/<node>.mdx` (content without a triage folder
 * has no trees): layout, each node's frontmatter and body, then the trees.
 */
export async function checkTriageFolder(
  dir: string,
  rel: (p: string) => string,
  entries: readonly CheckedFile[],
  options: CheckOptions,
): Promise<{ files: TriageFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files: TriageFile[] = [];
  let folders: string[];
  try {
    folders = readdirSync(dir).sort();
  } catch {
    return { files, problems };
  }
  const layout = (path: string, message: string) => problems.push({ file: rel(path), rule: 'layout', message });
  for (const folder of folders) {
    const langDir = join(dir, folder);
    if (!isLocale(folder) || !statSync(langDir).isDirectory()) {
      layout(langDir, `expected only the language folders ${localeKeys.join(', ')} in triage/, found "${folder}"`);
      continue;
    }
    for (const tree of readdirSync(langDir).sort()) {
      const treeDir = join(langDir, tree);
      if (!statSync(treeDir).isDirectory()) {
        layout(treeDir, `expected a folder per tree in triage/${folder}/ (triage/${folder}/<tree>/<node>.mdx), found a file`);
        continue;
      }
      for (const name of readdirSync(treeDir).sort()) {
        const path = join(treeDir, name);
        const m = /^(.*)\.mdx$/.exec(name);
        if (!m || statSync(path).isDirectory()) {
          layout(path, `expected only .mdx node files in a tree folder, found "${name}"`);
          continue;
        }
        const read = readTriageFile(rel(path), folder, tree, m[1]!, readFileSync(path, 'utf8'));
        problems.push(...read.problems);
        if (!read.file) continue;
        files.push(read.file);
        for (const rule of bodyRules) {
          for (const p of await rule.check(read.file)) problems.push({ file: read.file.file, ...p, rule: rule.id });
        }
      }
    }
  }
  for (const p of shellcheckFiles(files, options)) problems.push({ ...p, rule: 'shellcheck' });
  const facts = entries.map((e) => ({
    locale: e.locale,
    id: e.id,
    kind: e.data.kind,
    anchors: new Set(e.headings.map((h) => h.anchor)),
  }));
  problems.push(
    ...checkTriage(files, facts, {
      node: (locale, tree, node) => rel(join(dir, locale, tree, `${node}.mdx`)),
      folder: (locale) => rel(join(dir, locale)),
    }),
  );
  return { files, problems };
}
