import { describe, expect, it } from 'vitest';
import { coverSample, styleFeatures, templateOf } from '../../e2e/axe-sample';

describe('templateOf', () => {
  it('names a page by language and first path segment', () => {
    expect(templateOf('/en/faq/some-entry/')).toBe('en:faq');
    expect(templateOf('/ja/component/dns/')).toBe('ja:component');
    expect(templateOf('/zh/search/')).toBe('zh:search');
    expect(templateOf('/zh/')).toBe('zh:home');
    expect(templateOf('/')).toBe('root');
    expect(templateOf('/404.html')).toBe('404');
    expect(templateOf('/go/some-entry/')).toBe('go');
  });
});

describe('styleFeatures', () => {
  it('lists elements, classes and element-with-class pairs', () => {
    expect([...styleFeatures('<p class="a  b"><span>x</span><br/></p>')].sort()).toEqual(
      ['.a', '.b', 'br', 'p', 'p.a', 'p.b', 'span'].sort(),
    );
  });
});

describe('coverSample', () => {
  const page = (url: string, html: string) => ({ url, html });

  it('takes the first page of each template', () => {
    const pages = [page('/en/faq/b/', '<p>'), page('/en/faq/a/', '<p>'), page('/ja/faq/a/', '<p>')];
    expect(coverSample(pages)).toEqual(['/en/faq/a/', '/ja/faq/a/']);
  });

  it('adds the pages that carry a class no chosen page has, the widest first', () => {
    const pages = [
      page('/en/faq/a/', '<p class="x">'),
      page('/en/faq/b/', '<p class="y">'),
      page('/en/faq/c/', '<p class="y z"><table>'),
      page('/en/faq/d/', '<p class="x">'),
    ];
    expect(coverSample(pages)).toEqual(['/en/faq/a/', '/en/faq/c/']);
  });
});
