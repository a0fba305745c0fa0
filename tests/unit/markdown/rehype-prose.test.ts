import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeProse } from '../../../src/markdown/rehype-prose.ts';

const el = (tagName: string, properties: Element['properties'], ...children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const run = (path: string, ...children: ElementContent[]) => {
  const tree: Root = { type: 'root', children };
  rehypeProse()(tree, { path, data: {} } as unknown as VFile);
  return toHtml(tree);
};
/** A blockquote as Markdown renders `> **label** rest`. */
const quote = (label: string, rest = ' text') =>
  el('blockquote', {}, text('\n'), el('p', {}, el('strong', {}, text(label)), text(rest)));
/** A code frame as rehypeCode renders it. */
const frame = (kind: string, lang: string, code: string) =>
  el(
    'figure',
    { className: ['code'], dataLang: lang, dataKind: kind },
    el('figcaption', {}, text('Output')),
    el('pre', {}, text(code)),
  );

describe('rehypeProse', () => {
  it('marks note blockquotes in the entry language, and leaves warnings as they are', () => {
    expect(run('/c/faq/en/a.mdx', quote('Note:'), quote('Warning:'))).toBe(
      '<blockquote class="note">\n<p><strong>Note:</strong> text</p></blockquote><blockquote>\n<p><strong>Warning:</strong> text</p></blockquote>',
    );
    // zh and ja may close the bold before the full-width colon or after it.
    expect(run('/c/faq/zh/a.mdx', quote('说明', '：x'), quote('说明：'), quote('注意', '：x'))).toBe(
      '<blockquote class="note">\n<p><strong>说明</strong>：x</p></blockquote>' +
        '<blockquote class="note">\n<p><strong>说明：</strong> text</p></blockquote>' +
        '<blockquote>\n<p><strong>注意</strong>：x</p></blockquote>',
    );
    expect(run('/c/faq/ja/a.mdx', quote('説明'), quote('Note:'))).toBe(
      '<blockquote class="note">\n<p><strong>説明</strong> text</p></blockquote><blockquote>\n<p><strong>Note:</strong> text</p></blockquote>',
    );
  });

  it('reads English labels outside the entry folders', () => {
    expect(run('/c/components/x.mdx', quote('Note:'))).toContain('<blockquote class="note">');
  });

  it('leaves a blockquote alone unless its first paragraph opens with the bold label', () => {
    const noteLater = el('blockquote', {}, el('p', {}, text('See '), el('strong', {}, text('Note:'))));
    const emphasis = el('blockquote', {}, el('p', {}, el('em', {}, text('Note:'))));
    const secondParagraph = el('blockquote', {}, el('p', {}, text('x')), el('p', {}, el('strong', {}, text('Note:'))));
    const empty = el('blockquote', {}, text('\n'));
    const emptyParagraph = el('blockquote', {}, el('p', {}));
    const notePlus = quote('Notes:');
    // Only a colon that ends the label is dropped before comparing.
    const colonFirst = quote(':Note');
    for (const node of [noteLater, emphasis, secondParagraph, empty, emptyParagraph, notePlus, colonFirst]) {
      expect(run('/c/faq/en/a.mdx', node)).not.toContain('class="note"');
    }
  });

  it('makes every table a focusable scroll region', () => {
    const table = el('table', {}, el('tr', {}, el('td', {}, text('x'))));
    expect(run('/c/faq/en/a.mdx', el('div', {}, table))).toBe('<div><table tabindex="0"><tr><td>x</td></tr></table></div>');
  });

  it("drops the line breaks between a table's rows and cells, and keeps a cell's own spaces", () => {
    const nl = () => text('\n');
    const table = el(
      'table',
      {},
      nl(),
      el('thead', {}, nl(), el('tr', {}, nl(), el('th', {}, text('a')), nl()), nl()),
      nl(),
      el('tbody', {}, nl(), el('tr', {}, nl(), el('td', {}, text(' ')), nl(), el('td', {}, text('x y')), nl()), nl()),
      nl(),
    );
    expect(run('/c/faq/en/a.mdx', table)).toBe(
      '<table tabindex="0"><thead><tr><th>a</th></tr></thead><tbody><tr><td> </td><td>x y</td></tr></tbody></table>',
    );
  });

  it('wraps output and text blocks without columns, and nothing else', () => {
    const log = 'time="2020" level=warning msg="Assign private ip address failed: Code: InvalidVSwitchId.IpNotEnough"';
    expect(run('/c/faq/en/a.mdx', frame('output', 'text', log))).toContain(
      '<figure class="code" data-lang="text" data-kind="output" data-wrap="">',
    );
    expect(run('/c/faq/en/a.mdx', frame('file', 'text', `${log}\ncurl: (6) Could not resolve host`))).toContain('data-wrap');
    expect(run('/c/faq/en/a.mdx', frame('output', 'yaml', 'key: value'))).toContain('data-wrap');
    // Columns keep their alignment and scroll instead.
    expect(run('/c/faq/en/a.mdx', frame('output', 'text', 'NAME    READY   STATUS\ncoredns 1/1     Running'))).not.toContain(
      'data-wrap',
    );
    expect(run('/c/faq/en/a.mdx', frame('output', 'text', 'a  b'))).not.toContain('data-wrap');
    // Commands, manifests and other files keep their lines as written.
    expect(run('/c/faq/en/a.mdx', frame('shell', 'bash', 'kubectl get pod'))).not.toContain('data-wrap');
    expect(run('/c/faq/en/a.mdx', frame('file', 'yaml', 'key: value'))).not.toContain('data-wrap');
    expect(run('/c/faq/en/a.mdx', el('div', { dataKind: 'output' }, text('x')))).not.toContain('data-wrap');
  });
});
