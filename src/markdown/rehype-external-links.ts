import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** True for links that leave the site (absolute http(s) or protocol-relative URLs). */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

/**
 * Gives every external link in an entry `rel="noopener noreferrer"` (the
 * link check fails the build for any external link without it).
 */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    // Stryker disable next-line StringLiteral: visit(tree, '') visits every node, and a node that is not an element has no tagName 'a'
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href === 'string' && isExternal(href)) node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
}
