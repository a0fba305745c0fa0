import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Highlighter, ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui/index.ts';
import { codeLanguages, parseCodeMeta, type CodeMeta } from './code-meta.ts';
import { readCodeText, sentinel, splitSentinels, type LineMark } from './code-text.ts';
import { fileLocale } from './file-locale.ts';
import { codeThemes, getHighlighter, tokenClasses } from './highlighter.ts';

const SHELL = new Set(['bash', 'shell', 'console']);
const LANGUAGE_LABELS: Record<string, string> = {
  yaml: 'YAML',
  json: 'JSON',
  ini: 'INI',
  toml: 'TOML',
  diff: 'Diff',
  go: 'Go',
  text: 'Text',
};

/** Replaces Shiki's inline colour variables with palette classes (see highlighter.ts). */
function classTransformer(classes: Awaited<ReturnType<typeof tokenClasses>>, where: string): ShikiTransformer {
  return {
    name: 'kb:style-to-class',
    pre(node) {
      delete node.properties.style;
      node.properties.class = 'shiki';
    },
    span(node) {
      // Stryker disable next-line StringLiteral: any fallback without a ':' yields no declaration, as '' does
      const style = String(node.properties.style ?? '');
      delete node.properties.style;
      const names: string[] = [];
      for (const decl of style.split(';')) {
        const [prop, raw] = decl.split(':').map((s) => s.trim());
        if (!prop || !raw) continue;
        const value = raw.toUpperCase();
        if (prop === '--shiki-light' || prop === '--shiki-dark') {
          const map = prop === '--shiki-light' ? classes.light : classes.dark;
          const cls = map.get(value);
          if (!cls) throw new Error(`${where}: expected a colour from the ${prop.slice(8)} code theme, found ${raw}`);
          names.push(cls);
        } else if (prop.endsWith('font-style') && raw === 'italic' && !names.includes('fi')) {
          names.push('fi');
        } else if (prop.endsWith('font-weight') && raw === 'bold' && !names.includes('fb')) {
          names.push('fb');
        }
      }
      if (names.length) node.properties.class = names.join(' ');
    },
  };
}

/** Adds `add`/`del` classes to diff lines (the marks come from readCodeText). */
function diffTransformer(marks: readonly LineMark[]): ShikiTransformer {
  return {
    name: 'kb:diff-lines',
    line(node, line) {
      const mark = marks[line - 1];
      if (mark) this.addClassToHast(node, mark);
    },
  };
}

/** The `.line` spans of a highlighted block, in order. */
function lineSpans(pre: Element): Element[] {
  const code = pre.children[0] as Element;
  return code.children.filter((c): c is Element => c.type === 'element');
}

/**
 * Puts the removed lines, highlighted with the old text (`before`), between the lines of the
 * new text (`after`), in source order.
 */
function mergeRemoved(after: Element, before: Element, marks: readonly LineMark[]): void {
  const kept = lineSpans(after);
  const old = lineSpans(before);
  const children: ElementContent[] = [];
  marks.forEach((mark, i) => {
    if (i) children.push({ type: 'text', value: '\n' });
    // Lines without a mark are in both texts: they come from the new one, like the added lines.
    children.push((mark === 'del' ? old : kept).shift()!);
    if (mark === undefined) old.shift();
  });
  (after.children[0] as Element).children = children;
}

/** Turns sentinel text back into `<span class="ph" data-ph="name">&lt;name&gt;</span>`. */
function restorePlaceholders(node: Element, names: readonly string[]): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      restorePlaceholders(child, names);
      return [child];
    }
    if (child.type !== 'text' || !child.value.includes('KBPH')) return [child];
    return splitSentinels(child.value).map((part): ElementContent =>
      typeof part === 'string'
        ? { type: 'text', value: part }
        : {
            type: 'element',
            tagName: 'span',
            properties: { className: ['ph'], dataPh: names[part]! },
            children: [{ type: 'text', value: `<${names[part]!}>` }],
          },
    );
  });
}

function languageOf(code: Element): string | undefined {
  const cls: unknown = code.properties.className;
  // Stryker disable next-line ArrayDeclaration: the fallback only needs to hold no language- class, and "Stryker was here" holds none
  const list: string[] = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(' ') : [];
  return list.find((c) => c.startsWith('language-'))?.slice('language-'.length);
}

/** What a block needs to become a frame. */
export interface CodeSource {
  readonly source: string;
  readonly lang: string;
  readonly meta: CodeMeta;
  readonly locale: Locale;
  /** `file:line` for error messages. */
  readonly where: string;
  /** File and first code line, to point problems at their line. */
  readonly file?: string | undefined;
  readonly firstLine?: number;
}

/**
 * Turns one block into its highlighted frame (see rehypeCode for the markup).
 * Used for MDX fences and for code that components render (Code.astro).
 */
export function codeFigure(
  highlighter: Highlighter,
  classes: Awaited<ReturnType<typeof tokenClasses>>,
  { source, lang, meta, locale, where, file, firstLine = 1 }: CodeSource,
): { element: Element; placeholders: readonly string[] } {
  const { code: processed, problems } = readCodeText(source, { lang, output: meta.output, placeholders: meta.placeholders });
  if (problems.length) {
    const [first] = problems;
    throw new Error(`${file ? `${file}:${firstLine + first!.line}` : where}: ${first!.message}`);
  }
  const withSentinels = processed.used.reduce((text, name, i) => text.replaceAll(`<${name}>`, sentinel(i)), processed.text);
  const { marks } = processed;
  const lines = withSentinels.split('\n');
  // The grammar reads one side of a diff at a time: the old and the new lines together are seldom
  // valid (two closing braces in JSON), and Shiki colours what follows as an error.
  const highlight = (side: (mark: LineMark) => boolean) =>
    highlighter.codeToHast(lines.filter((_, i) => side(marks[i])).join('\n'), {
      lang,
      themes: codeThemes,
      defaultColor: false,
      // No time limit per line: with Shiki's default (500 ms) a line that took longer on a busy
      // machine came out partly uncoloured, so the same page could build two ways.
      tokenizeTimeLimit: 0,
      transformers: [classTransformer(classes, where), diffTransformer(marks.filter(side))],
    }).children[0] as Element;
  const pre = highlight((mark) => mark !== 'del');
  if (marks.includes('del')) {
    const removedSide = highlight((mark) => mark !== 'add');
    mergeRemoved(pre, removedSide, marks);
  }
  if (processed.used.length) restorePlaceholders(pre, processed.used);
  if (processed.marks.some(Boolean)) pre.properties.dataDiff = '';
  const kind = meta.output ? 'output' : SHELL.has(lang) ? 'shell' : 'file';
  const caption =
    meta.title ??
    (meta.verdict
      ? t(locale, `code.${meta.verdict}`)
      : kind === 'output'
        ? t(locale, 'code.output')
        : kind === 'shell'
          ? t(locale, 'code.terminal')
          : (LANGUAGE_LABELS[lang] ?? lang));
  // Every frame has a caption bar: it names the block and is where the copy button goes.
  const children: ElementContent[] = [
    {
      type: 'element',
      tagName: 'figcaption',
      properties: {},
      children: [{ type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: caption }] }],
    },
    pre,
  ];
  const element: Element = {
    type: 'element',
    tagName: 'figure',
    properties: {
      className: ['code'],
      dataLang: lang,
      dataKind: kind,
      ...(meta.verdict ? { dataVerdict: meta.verdict } : {}),
      ...(processed.used.length ? { dataPlaceholders: processed.used.join(' ') } : {}),
    },
    children,
  };
  return { element, placeholders: processed.used };
}

/**
 * Highlights every fenced block at build time with Shiki (no highlighting
 * JavaScript reaches the browser) and wraps it in a captioned frame:
 *
 *   <figure class="code" data-lang="bash" data-kind="shell|output|file">
 *     <figcaption>Terminal</figcaption><pre class="shiki">…</pre>
 *   </figure>
 *
 * A block without a language, with an unsupported one or with unknown meta
 * fails the build with the file and line.
 */
export function rehypeCode() {
  return async (tree: Root, file: VFile) => {
    const [highlighter, classes] = await Promise.all([getHighlighter(), tokenClasses()]);
    const locale = fileLocale(file.path) ?? defaultLocale;
    const pagePlaceholders: string[] = [];
    // Stryker disable next-line StringLiteral: visit(tree, '') visits every node, and a node that is not an element has no tagName 'pre'
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      const lang = languageOf(code);
      if (!lang || !(codeLanguages as readonly string[]).includes(lang)) {
        throw new Error(
          `${where}: expected a fenced code block with a language (${codeLanguages.join(', ')}), found ${lang ? `"${lang}"` : 'none'}`,
        );
      }
      let meta;
      try {
        // Astro's pipeline moves the fence meta to `metastring`; plain mdast-util-to-hast keeps it in data.
        const raw = code.properties.metastring ?? (code.data as { meta?: string } | undefined)?.meta;
        meta = parseCodeMeta(typeof raw === 'string' ? raw : undefined);
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
      }
      const figure = codeFigure(highlighter, classes, {
        source: toString(code),
        lang,
        meta,
        locale,
        where,
        firstLine: (node.position?.start.line ?? 0) + 1,
        file: file.path,
      });
      for (const name of figure.placeholders) if (!pagePlaceholders.includes(name)) pagePlaceholders.push(name);
      parent.children[index] = figure.element;
    });
    // Handed to the page (remarkPluginFrontmatter) for the fill-in panel.
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.placeholders = pagePlaceholders;
  };
}
