import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { isExternal, rehypeExternalLinks } from '../../../src/markdown/rehype-external-links.ts';

const el = (tagName: string, href: string): Element => ({ type: 'element', tagName, properties: { href }, children: [] });

describe('isExternal', () => {
  it.each(['http://example.com/x', 'HTTPS://example.com/', 'https://example.com', '//cdn.example.com/a.js'])(
    'treats %j as leaving the site',
    (href) => {
      expect(isExternal(href)).toBe(true);
    },
  );
  it.each(['/en/faq//x/', 'faq/x?next=https://example.com', '#https://x', 'mailto:a@example.com', 'ftp://example.com', ''])(
    'keeps %j on the site: the scheme or // must start the URL',
    (href) => {
      expect(isExternal(href)).toBe(false);
    },
  );
});

describe('rehypeExternalLinks details', () => {
  it('adds rel only to <a> elements, at any depth, and leaves links without a string href alone', () => {
    const nested = el('a', 'http://example.com/');
    const area = el('area', 'https://example.com/');
    const linkTag = el('link', 'https://example.com/a.css');
    const noHref: Element = { type: 'element', tagName: 'a', properties: {}, children: [] };
    const listHref: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: ['https://x'] as unknown as string },
      children: [],
    };
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [nested] }, area, linkTag, noHref, listHref],
    };
    rehypeExternalLinks()(tree);
    expect(nested.properties).toEqual({ href: 'http://example.com/', rel: ['noopener', 'noreferrer'] });
    expect(area.properties).toEqual({ href: 'https://example.com/' });
    expect(linkTag.properties).toEqual({ href: 'https://example.com/a.css' });
    expect(noHref.properties).toEqual({});
    expect(listHref.properties).toEqual({ href: ['https://x'] });
  });
});
