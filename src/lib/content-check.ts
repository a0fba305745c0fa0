import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, localeKeys, type Locale } from '../i18n/locales.ts';
import { ENTRY_ID_RE, entrySchema } from '../schemas/entry.ts';
import { describeIssue, fieldPath, type Problem } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { LINE_ENDINGS, lineEndings } from './content-rules/line-endings.ts';
import { readOutline } from './outline.ts';
import { readDocument } from './content-rules/document.ts';
import { fileRules, treeRules, type CheckOptions, type FileContext } from './content-rules/index.ts';

/** One entry file that passed the frontmatter stage. */
export type CheckedFile = FileContext;

/** The result of checking a whole content tree. */
export interface TreeReport {
  readonly files: readonly CheckedFile[];
  readonly problems: readonly Problem[];
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
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path) || undefined;
      const top = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      const line = top ? split.keyLines.get(top) : undefined;
      problems.push({
        file,
        ...(line ? { line } : {}),
        ...(field ? { field } : {}),
        rule: 'frontmatter',
        message: describeIssue(issue, split.data),
      });
    }
    return { problems };
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
  return { files, problems };
}
