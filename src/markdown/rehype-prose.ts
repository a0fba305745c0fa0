import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { blockquoteLabels } from '../lib/content-rules/labels.ts';
import { fileLocale } from './file-locale.ts';

/** Two or more spaces between words: columns (a `kubectl get` table, `describe` fields) that wrapping would scramble. */
const COLUMNS = /\S {2,}\S/;

/**
 * Makes entry prose readable on a phone, marking what the stylesheet needs
 * (runs after rehypeCode):
 * - a note blockquote gets class `note`, so notes look different from warnings
 *   (the bold label, checked by the content rule blockquote-label, names which);
 * - a table becomes a focusable scroll region (keyboard readers can scroll a
 *   table wider than the screen), without the line breaks Markdown leaves
 *   between its rows and cells (bytes on every page, nothing on screen);
 * - an output or text block without columns gets `data-wrap`: a long log line
 *   wraps instead of hiding its telling part off-screen. Copying reads the
 *   lines, not the layout, so it still gives the exact text.
 */
export function rehypeProse() {
  return (tree: Root, file: VFile) => {
    const note = blockquoteLabels[fileLocale(file.path) ?? 'en'].note;
    // Stryker disable next-line StringLiteral: visit(tree, '') visits every node, and only elements have the tag names matched below
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'blockquote') {
        const first = node.children.find((c): c is Element => c.type === 'element');
        const label = first?.children[0];
        if (label?.type === 'element' && label.tagName === 'strong' && toString(label).replace(/[:：]$/, '') === note) {
          node.properties.className = ['note'];
        }
      } else if (node.tagName === 'table') {
        node.properties.tabIndex = 0;
        dropLayoutWhitespace(node);
        return SKIP;
      } else if (node.tagName === 'figure' && (node.properties.dataKind === 'output' || node.properties.dataLang === 'text')) {
        if (!COLUMNS.test(toString(node))) node.properties.dataWrap = '';
        return SKIP;
      }
      return undefined;
    });
  };
}

/** Table structure elements, whose whitespace-only text nodes lay nothing out. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

function dropLayoutWhitespace(node: Element): void {
  node.children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  for (const c of node.children) if (c.type === 'element' && TABLE_PARTS.has(c.tagName)) dropLayoutWhitespace(c);
}
