import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { isExternal, rehypeExternalLinks } from '../../../src/markdown/rehype-external-links.ts';

const link = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

describe('rehypeExternalLinks', () => {
  it('adds rel="noopener noreferrer" to links that leave the site, and only to those', () => {
    const external = link('https://www.alibabacloud.com/help');
    const relative = link('../dns-resolution-fails/');
    const anchor = link('#cause');
    const tree: Root = { type: 'root', children: [external, relative, anchor] };
    rehypeExternalLinks()(tree);
    expect(external.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(relative.properties.rel).toBeUndefined();
    expect(anchor.properties.rel).toBeUndefined();
  });
  it('recognises protocol-relative URLs', () => {
    expect(isExternal('//example.com/x')).toBe(true);
    expect(isExternal('/en/faq/x/')).toBe(false);
  });
});
