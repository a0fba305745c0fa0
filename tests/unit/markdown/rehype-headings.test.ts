import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeEntryHeadings } from '../../../src/markdown/rehype-headings.ts';

const h = (depth: number, text: string, line = 1): Element => ({
  type: 'element',
  tagName: `h${depth}`,
  properties: {},
  position: { start: { line, column: 1 }, end: { line, column: 1 } },
  children: [{ type: 'text', value: text }],
});
const p = (text: string): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children: [{ type: 'text', value: text }],
});
const file = (path: string, frontmatter?: Record<string, unknown>) =>
  ({ path, data: frontmatter ? { astro: { frontmatter } } : {} }) as unknown as VFile;
const run = (children: ElementContent[], f: VFile) => {
  const tree: Root = { type: 'root', children };
  rehypeEntryHeadings()(tree, f);
  return toHtml(tree);
};
const link = (anchor: string) =>
  `<a class="heading-link" href="#${anchor}" aria-labelledby="section-link-label ${anchor}" data-pagefind-ignore="">#</a>`;

describe('rehypeEntryHeadings', () => {
  it('gives sections their anchors, numbers the steps and puts a link beside each heading', () => {
    expect(run([h(2, ' Cause '), p('x'), h(2, 'Solution'), h(3, 'Do it'), h(3, 'Check')], file('/c/faq/en/a.mdx'))).toBe(
      `<div class="heading-wrap"><h2 id="cause"> Cause </h2>${link('cause')}</div><p>x</p>` +
        `<div class="heading-wrap"><h2 id="solution">Solution</h2>${link('solution')}</div>` +
        `<div class="heading-wrap"><h3 id="step-1" class="step"><span class="step-no">1. </span>Do it</h3>${link('step-1')}</div>` +
        `<div class="heading-wrap"><h3 id="step-2" class="step"><span class="step-no">2. </span>Check</h3>${link('step-2')}</div>`,
    );
  });
  it('does not number subheadings outside the step sections', () => {
    expect(run([h(2, '確認'), h(3, 'ログ')], file('/c/faq/ja/a.mdx'))).toBe(
      `<div class="heading-wrap"><h2 id="verify">確認</h2>${link('verify')}</div>` +
        `<div class="heading-wrap"><h3 id="verify-1">ログ</h3>${link('verify-1')}</div>`,
    );
  });
  it('groups mitigation steps and the lasting fix under their labels', () => {
    expect(
      run(
        [h(2, '解决方法'), h(3, 'a'), h(3, 'b'), h(3, 'c'), h(2, '结果验证'), h(3, 'd')],
        file('/c/faq/zh/a.mdx', { mitigationSteps: 2 }),
      ),
    ).toBe(
      `<div class="heading-wrap"><h2 id="solution">解决方法</h2>${link('solution')}</div>` +
        '<p class="step-group step-group-mitigate">立即止损</p>' +
        `<div class="heading-wrap"><h3 id="step-1" class="step"><span class="step-no">1. </span>a</h3>${link('step-1')}</div>` +
        `<div class="heading-wrap"><h3 id="step-2" class="step"><span class="step-no">2. </span>b</h3>${link('step-2')}</div>` +
        '<p class="step-group step-group-fix">彻底解决</p>' +
        `<div class="heading-wrap"><h3 id="step-3" class="step"><span class="step-no">3. </span>c</h3>${link('step-3')}</div>` +
        `<div class="heading-wrap"><h2 id="verify">结果验证</h2>${link('verify')}</div>` +
        `<div class="heading-wrap"><h3 id="verify-1">d</h3>${link('verify-1')}</div>`,
    );
  });
  it('adds no labels without a numeric mitigationSteps', () => {
    const html = run([h(2, 'Solution'), h(3, 'a'), h(3, 'b')], file('/c/faq/en/a.mdx', { mitigationSteps: '1' }));
    expect(html).not.toContain('step-group');
    expect(run([h(2, 'Solution'), h(3, 'a')], file('/c/faq/en/a.mdx', { mitigationSteps: 0 }))).not.toContain('step-group');
  });
  it('leaves files outside the entry folders alone', () => {
    expect(run([h(2, 'Anything'), h(1, 'Title')], file('/c/pages/en/a.mdx'))).toBe('<h2>Anything</h2><h1>Title</h1>');
    expect(run([h(2, 'Anything')], { data: {} } as unknown as VFile)).toBe('<h2>Anything</h2>');
  });
  it('fails on a heading the outline refuses, with the file and line', () => {
    expect(() => run([h(2, 'Background', 12)], file('/c/faq/en/a.mdx'))).toThrow(
      new Error(
        '/c/faq/en/a.mdx:12: expected a "##" heading to be one of "Overview", "Symptom", "Cause", "Solution", "Steps", "Verify", "Details", "Notes", found "Background"',
      ),
    );
    const unplaced: Element = { ...h(4, 'Deep'), position: undefined };
    expect(() => run([h(2, 'Cause'), unplaced], file('/c/faq/en/a.mdx'))).toThrow(
      /^\/c\/faq\/en\/a\.mdx:\?: expected only "##" and "###" headings/,
    );
  });
  it('ignores elements that are not headings', () => {
    const hr: Element = { type: 'element', tagName: 'h7', properties: {}, children: [] };
    expect(run([hr, p('x')], file('/c/faq/en/a.mdx'))).toBe('<h7></h7><p>x</p>');
  });
});
