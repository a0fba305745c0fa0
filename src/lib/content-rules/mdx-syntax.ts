import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { SKIP, visit } from 'unist-util-visit';
import type { BodyRule, RuleProblem } from './types.ts';

/**
 * Entries and triage nodes are MDX files, and Astro renders them with the
 * Markdown pipeline while the content layer loads them (src/content.config.ts):
 * no module per file for Vite to bundle, which is most of what a build costs
 * at thousands of entries. That is only the same page when the file is MDX
 * without what MDX adds to Markdown, so this rule holds every body to it:
 * it parses as MDX (an MDX editor or tool reads it as we do), it uses no
 * components, imports or `{expressions}` (Markdown would print them as text
 * or raw HTML), and it has no indented code (MDX reads four leading spaces as
 * text, Markdown as a code block).
 */
export const mdxSyntax: BodyRule = {
  id: 'mdx-syntax',
  description:
    'The body parses as MDX and uses only what MDX and Markdown read alike: no components, imports, expressions, images or indented code.',
  check({ body, bodyLine }) {
    const at = (line: number | undefined) => bodyLine + (line ?? 1) - 1;
    let mdx: Root;
    try {
      mdx = fromMarkdown(body, {
        extensions: [MDX_WITH_INDENTED_CODE, gfm()],
        mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
      });
    } catch (error) {
      const e = error as {
        reason?: string;
        message: string;
        line?: number;
        place?: { line?: number; start?: { line?: number } };
      };
      const line = e.line ?? e.place?.line ?? e.place?.start?.line;
      return [{ line: at(line), message: `expected MDX that parses, found: ${(e.reason ?? e.message).split('\n')[0]}` }];
    }
    const problems: RuleProblem[] = [];
    visit(mdx, (node: Nodes) => {
      const found = mdxOnly(node);
      if (found) {
        problems.push({
          line: at(node.position?.start.line),
          message: `expected Markdown without components, imports, expressions or images (entries render as Markdown, text only), found ${found}`,
        });
        return SKIP;
      }
      // A fenced block's position starts at its fence (past any indentation), an indented block's at its line's start.
      if (node.type === 'code' && !/^(```|~~~)/.test(body.slice(node.position?.start.offset).split('\n')[0]!)) {
        problems.push({
          line: at(node.position?.start.line),
          message:
            'expected a fenced code block (```lang), found text indented by four spaces (MDX reads it as a paragraph, Markdown as code)',
        });
      }
      return undefined;
    });
    return problems;
  },
};

/**
 * MDX's syntax with one thing of Markdown's put back: indented code, which
 * MDX turns off. One parse (with GFM, as both pipelines read the files) then
 * finds both what only MDX accepts and what the two read differently. GFM
 * matters: a table splits its cells at every `|`, even inside a code span, so
 * `` `kubectl get ep <svc> | grep x` `` in a cell holds a `<svc>` that MDX reads
 * as a tag and Markdown as raw HTML; footnote text is read the same way.
 */
const MDX_WITH_INDENTED_CODE = (() => {
  const extension = mdxjs();
  const off = extension.disable?.null ?? [];
  return { ...extension, disable: { null: off.filter((construct) => construct !== 'codeIndented') } };
})();

/** What MDX adds that Markdown lacks, named as a reader would look for it; undefined for plain Markdown. */
function mdxOnly(node: Nodes): string | undefined {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `the component <${node.name ?? ''}>`;
    case 'mdxjsEsm':
      return `"${node.value.split('\n')[0]}"`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `the expression {${node.value.slice(0, 40)}}`;
    // Not MDX's, but the loader renders text only (no image to bundle), and a remote one is a request to another origin.
    case 'image':
    case 'imageReference':
      return `the image ![${node.alt ?? ''}]`;
    default:
      return undefined;
  }
}
