import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { defaultLocale } from '../i18n/locales.ts';
import { t } from '../i18n/ui/index.ts';
import { parseCodeMeta } from './code-meta.ts';
import { fileLocale } from './file-locale.ts';
import { codeLanguages, codeThemes, getHighlighter, tokenClasses } from './highlighter.ts';

const SHELL = new Set(['bash', 'shell', 'console']);

/** Replaces Shiki's inline colour variables with palette classes (see highlighter.ts). */
function classTransformer(classes: Awaited<ReturnType<typeof tokenClasses>>, where: string): ShikiTransformer {
  return {
    name: 'kb:style-to-class',
    pre(node) {
      delete node.properties.style;
      node.properties.class = 'shiki';
    },
    span(node) {
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

function languageOf(code: Element): string | undefined {
  const cls = code.properties.className;
  const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(' ') : [];
  return list.find((c) => c.startsWith('language-'))?.slice('language-'.length);
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
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      const lang = languageOf(code);
      if (!lang || !(codeLanguages as readonly string[]).includes(lang)) {
        throw new Error(`${where}: expected a fenced code block with a language (${codeLanguages.join(', ')}), found ${lang ? `"${lang}"` : 'none'}`);
      }
      let meta;
      try {
        meta = parseCodeMeta((code.data as { meta?: string } | undefined)?.meta);
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`);
      }
      const text = toString(code).replace(/\n$/, '');
      const highlighted = highlighter.codeToHast(text, {
        lang,
        themes: codeThemes,
        defaultColor: false,
        transformers: [classTransformer(classes, where)],
      });
      const pre = highlighted.children[0] as Element;
      const kind = meta.output ? 'output' : SHELL.has(lang) ? 'shell' : 'file';
      const caption = meta.title ?? (kind === 'output' ? t(locale, 'code.output') : kind === 'shell' ? t(locale, 'code.terminal') : undefined);
      const children: ElementContent[] = [];
      if (caption) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] });
      children.push(pre);
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code'], dataLang: lang, dataKind: kind },
        children,
      };
    });
  };
}
