import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { OutlineBuilder } from '../lib/outline.ts';
import { dictionaries } from '../i18n/ui/index.ts';
import { fileLocale } from './file-locale.ts';

/**
 * Gives entry headings their language-neutral anchors (`#cause`, `#step-2`)
 * and numbers the steps. The content check has already rejected unknown
 * headings; this throws too, so a file that slipped past still fails loudly.
 */
export function rehypeEntryHeadings() {
  return (tree: Root, file: VFile) => {
    const locale = fileLocale(file.path);
    if (!locale) return;
    const builder = new OutlineBuilder(locale);
    const frontmatter = (file.data as { astro?: { frontmatter?: { mitigationSteps?: unknown } } }).astro?.frontmatter;
    const mitigation = typeof frontmatter?.mitigationSteps === 'number' ? frontmatter.mitigationSteps : 0;
    const groupLabel = (key: 'entry.mitigate' | 'entry.fix', kind: string): Element => ({
      type: 'element',
      tagName: 'p',
      properties: { className: ['step-group', `step-group-${kind}`] },
      children: [{ type: 'text', value: dictionaries[locale][key] }],
    });
    // Stryker disable next-line StringLiteral: visit(tree, '') visits every node, and a node that is not an element has no tagName to match /^h[1-6]$/
    visit(tree, 'element', (node: Element, index, parent) => {
      const m = /^h([1-6])$/.exec(node.tagName);
      if (!m || !parent || index === undefined) return;
      const result = builder.next(Number(m[1]), toString(node).trim());
      if ('error' in result) {
        throw new Error(`${file.path}:${node.position?.start.line ?? '?'}: ${result.error}`);
      }
      node.properties.id = result.anchor;

      if (result.step) {
        node.properties.className = ['step'];
        node.children.unshift({
          type: 'element',
          tagName: 'span',
          properties: { className: ['step-no'] },
          children: [{ type: 'text', value: `${result.step}. ` }],
        });
      }
      // The link sits beside the heading, not inside it, so headings keep their plain text.
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrap'] },
        children: [
          node,
          {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-link'],
              href: `#${result.anchor}`,
              // Named by a shared label plus the heading itself: no per-heading label text to ship.
              ariaLabelledby: `section-link-label ${result.anchor}`,
              dataPagefindIgnore: '',
            },
            children: [{ type: 'text', value: '#' }],
          },
        ],
      };
      // Mitigation steps first, under their own label; the lasting fix after, under its own.
      if (mitigation && result.step && (result.step === 1 || result.step === mitigation + 1)) {
        parent.children.splice(
          index,
          0,
          result.step === 1 ? groupLabel('entry.mitigate', 'mitigate') : groupLabel('entry.fix', 'fix'),
        );
        return [SKIP, index + 2];
      }
      return [SKIP, index + 1];
    });
  };
}
