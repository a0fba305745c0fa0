import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeEntryHeadings } from '../../../src/markdown/rehype-headings.ts';

const el = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const h = (depth: number, text: string): Element => el(`h${depth}`, [{ type: 'text', value: text }]);
const file = (path: string, frontmatter?: Record<string, unknown>) =>
  ({ path, data: frontmatter ? { astro: { frontmatter } } : {} }) as unknown as VFile;
const run = (children: ElementContent[], f: VFile = file('/c/faq/en/a.mdx')) => {
  const tree: Root = { type: 'root', children };
  rehypeEntryHeadings()(tree, f);
  return tree;
};
const ids = (tree: Root) => [...toHtml(tree).matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
const labels = (tree: Root) =>
  [...toHtml(tree).matchAll(/<p class="step-group step-group-(\w+)">([^<]*)<\/p>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('rehypeEntryHeadings details', () => {
  it('takes only h1–h6 for headings, not custom elements whose names contain one', () => {
    const custom = [el('x-h2', [{ type: 'text', value: 'Background' }]), el('h2-x'), el('hh2'), el('h0'), el('h')];
    const tree = run([...custom, h(2, 'Cause')]);
    expect(toHtml(tree)).toBe(
      '<x-h2>Background</x-h2><h2-x></h2-x><hh2></hh2><h0></h0><h></h>' +
        '<div class="heading-wrap"><h2 id="cause">Cause</h2><a class="heading-link" href="#cause" aria-labelledby="section-link-label cause" data-pagefind-ignore="">#</a></div>',
    );
  });
  it('finds headings nested in other elements and wraps them where they are', () => {
    const section = el('section', [el('p'), h(2, 'Steps'), h(3, 'One')]);
    const tree = run([section]);
    expect(section.children.map((c) => (c as Element).tagName)).toEqual(['p', 'div', 'div']);
    expect(ids(tree)).toEqual(['steps', 'step-1']);
  });
  it('reads a heading as all of its text, markup nested inside it included', () => {
    const outer = el('h2', [{ type: 'text', value: 'Cause' }, h(3, 'inner')]);
    expect(() => run([outer])).toThrow(
      new Error(
        '/c/faq/en/a.mdx:?: expected a "##" heading to be one of "Overview", "Symptom", "Cause", "Solution", "Steps", "Verify", "Details", "Notes", found "Causeinner"',
      ),
    );
  });
  it('does not look inside a heading for further headings', () => {
    const tree = run([h(2, 'Solution'), el('h3', [{ type: 'text', value: 'Run' }, h(2, 'Cause')])]);
    expect(ids(tree)).toEqual(['solution', 'step-1']);
    expect(toHtml(tree)).toContain('<h3 id="step-1" class="step"><span class="step-no">1. </span>Run<h2>Cause</h2></h3>');
  });
  it('quotes the heading text without its surrounding spaces when it refuses a heading', () => {
    expect(() => run([h(3, '  Early  ')])).toThrow(
      new Error('/c/faq/en/a.mdx:?: expected a "###" heading to follow a "##" section, found "Early" before any section'),
    );
    expect(() => run([h(2, 'Cause'), h(5, ' Deep ')])).toThrow(
      new Error(
        '/c/faq/en/a.mdx:?: expected only "##" and "###" headings in an entry body (the title comes from frontmatter), found a level-5 heading "Deep"',
      ),
    );
  });
  it('labels the mitigation and the fix in every step section, numbering each afresh', () => {
    const tree = run(
      [h(2, 'Solution'), h(3, 'a'), h(3, 'b'), h(2, 'Steps'), h(3, 'c'), h(3, 'd'), h(3, 'e')],
      file('/c/faq/en/a.mdx', { mitigationSteps: 1 }),
    );
    expect(ids(tree)).toEqual(['solution', 'step-1', 'step-2', 'steps', 'step-1', 'step-2', 'step-3']);
    expect(labels(tree)).toEqual(['mitigate:Mitigate now', 'fix:Fix for good', 'mitigate:Mitigate now', 'fix:Fix for good']);
    expect(tree.children.map((c) => (c as Element).tagName)).toEqual([
      'div',
      'p',
      'div',
      'p',
      'div',
      'div',
      'p',
      'div',
      'p',
      'div',
      'div',
    ]);
  });
  it('adds only the mitigation label when every step mitigates', () => {
    const tree = run([h(2, 'Solution'), h(3, 'a'), h(3, 'b')], file('/c/faq/en/a.mdx', { mitigationSteps: 2 }));
    expect(labels(tree)).toEqual(['mitigate:Mitigate now']);
  });
  it('labels no numbered subheadings outside the step sections', () => {
    const tree = run([h(2, 'Verify'), h(3, 'a'), h(3, 'b')], file('/c/faq/en/a.mdx', { mitigationSteps: 1 }));
    expect(ids(tree)).toEqual(['verify', 'verify-1', 'verify-2']);
    expect(labels(tree)).toEqual([]);
  });
});
