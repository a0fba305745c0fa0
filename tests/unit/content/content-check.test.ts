import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../../src/lib/content-check.ts';
import { formatProblem } from '../../../src/lib/errors.ts';

const fixture = (name: string) => join('tests/fixtures/content', name);
const problems = (name: string) => checkTree(fixture(name)).problems.map(formatProblem);

describe('content check on fixture trees', () => {
  it('passes a valid tree and returns every file', () => {
    const report = checkTree(fixture('valid'));
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => `${f.locale}/${f.id}`).sort()).toEqual([
      'en/alpha', 'en/beta', 'ja/alpha', 'ja/beta', 'zh/alpha', 'zh/beta',
    ]);
  });

  it('passes the real corpus', () => {
    expect(problems('../../../content')).toEqual([]);
  });

  // Each message names the file, the field, what was expected and what was found.
  it.each([
    ['missing-field', 'tests/fixtures/content/missing-field/faq/ja/alpha.mdx: field "title": expected a value of type string, found nothing'],
    ['unknown-plugin', 'tests/fixtures/content/unknown-plugin/faq/en/beta.mdx:5: field "plugin[0]": expected one of "terway", "flannel", "any", found "calico"'],
    ['unknown-component', 'tests/fixtures/content/unknown-component/faq/zh/beta.mdx:6: field "components[1]": expected one of "eni", "vswitch"'],
    ['troubleshooting-without-symptom', 'tests/fixtures/content/troubleshooting-without-symptom/faq/en/alpha.mdx: field "symptom": expected a symptom because kind is "troubleshooting", found none'],
    ['invalid-version-range', 'tests/fixtures/content/invalid-version-range/faq/en/alpha.mdx:10: field "versions.flannel": expected comparators like ">=1.2.0", "<v0.15.1.11-7e95fe23-aliyun" or ">=1.18", found "=>v0.15.1.4-e02c8f12-aliyun"'],
    ['id-not-kebab', 'tests/fixtures/content/id-not-kebab/faq/en/Alpha_Entry.mdx: field "id": expected an ASCII kebab-case file name such as "vswitch-ip-exhausted.mdx", found "Alpha_Entry"'],
    ['duplicate-id', 'tests/fixtures/content/duplicate-id/faq/en/beta.mdx: field "aliases[0]": expected a former id that no entry uses now, found "alpha", the id of an existing entry'],
    ['missing-translation', 'tests/fixtures/content/missing-translation/faq/en/beta.mdx: field "id": expected a "ja" translation of "beta" at faq/ja/beta.mdx, found none'],
    ['neutral-fields-differ', 'tests/fixtures/content/neutral-fields-differ/faq/zh/alpha.mdx: field "components": expected the same value as tests/fixtures/content/neutral-fields-differ/faq/ja/alpha.mdx (["eni","vswitch"]), found ["eni"]'],
    ['related-missing', 'tests/fixtures/content/related-missing/faq/en/alpha.mdx: field "related[1]": expected the id of an existing entry, found "gamma"'],
    ['unknown-heading', 'tests/fixtures/content/unknown-heading/faq/en/alpha.mdx:21: expected a "##" heading to be one of "Overview", "Symptom", "Cause", "Solution", "Steps", "Verify", "Details", "Notes", found "Background"'],
  ])('%s fails with a message that names file, field, expectation and finding', (name, message) => {
    const found = problems(name);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => p.startsWith(message)), found.join('\n')).toBe(true);
  });

  it('reports an id missing from one language once, for that language only', () => {
    expect(problems('missing-translation')).toHaveLength(1);
  });

  it('names only the file that disagrees with the other two', () => {
    expect(problems('neutral-fields-differ')).toHaveLength(1);
  });
});
