import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales.ts';
import { readDocument } from '../../../src/lib/content-rules/document.ts';
import { formatProblem } from '../../../src/lib/errors.ts';
import { checkTriage, type EntryFacts, type TriageFile } from '../../../src/lib/triage/check.ts';
import { cycles } from '../../../src/lib/triage/graph.ts';
import { offerTree } from '../../../src/lib/search/triage-offer.ts';
import { triageNodeSchema } from '../../../src/schemas/triage.ts';

// checkTriage on files built in memory: one tree "t", nodes given by their frontmatter data and body.
const BODY_LINE = 10;
function file(locale: Locale, node: string, data: object, body = 'Text.\n', tree = 't'): TriageFile {
  const parsed = triageNodeSchema.parse({ question: 'Q?', updated: '2026-12-01', ...data });
  const { blocks, prose } = readDocument(body, BODY_LINE);
  return {
    file: `${locale}/${tree}/${node}.mdx`,
    locale,
    tree,
    node,
    data: parsed,
    source: body,
    body,
    bodyLine: BODY_LINE,
    blocks,
    prose,
    keyLines: new Map([
      ['title', 2],
      ['summary', 3],
      ['symptoms', 4],
      ['asks', 5],
      ['answers', 6],
      ['ticket', 7],
    ]),
    answerLines: parsed.answers.map((_, i) => 7 + i),
  };
}
const root = { title: 'T', summary: 'S', symptoms: ['s'] };
const toEntry = (entry: string) => ({ label: entry, entry });
const entries: EntryFacts[] = (['zh', 'ja', 'en'] as const).flatMap((locale) => [
  { locale, id: 'alpha', kind: 'troubleshooting' as const, anchors: new Set(['cause', 'step-1']) },
  { locale, id: 'beta', kind: 'howto' as const, anchors: new Set(['steps']) },
]);
const paths = { node: (l: Locale, t: string, n: string) => `${l}/${t}/${n}.mdx`, folder: (l: Locale) => l };
const run = (files: TriageFile[], facts: EntryFacts[] = entries) => checkTriage(files, facts, paths).map(formatProblem);
/** A whole tree in every language: start → alpha, start → beta. */
const tree = (locale: Locale) => [file(locale, 'start', { ...root, answers: [toEntry('alpha'), toEntry('beta')] })];

describe('checkTriage, node by node', () => {
  it('passes a tree whose every part is in place', () => {
    expect(run(['zh', 'ja', 'en'].flatMap((l) => tree(l as Locale)))).toEqual([]);
  });

  it('wants symptoms on the root, not an empty list', () => {
    const found = run(
      [file('en', 'start', { ...root, symptoms: [], answers: [toEntry('alpha'), toEntry('beta')] })],
      entries.filter((e) => e.locale === 'en'),
    );
    expect(found).toContain(
      'en/t/start.mdx: field "symptoms": expected "symptoms" on the root node (start.mdx names its tree), found none [triage-root]',
    );
  });

  it('reads headings and links outside code only, and names the heading as written', () => {
    const body = [
      'Intro with `[a](b)` in code and #hashtag.', // 10
      '```bash', // 11
      '## not a heading', // 12
      'echo "[x](y)"', // 13
      '```', // 14
      '  ~~~text', // 15
      '# nor this', // 16
      '  ~~~', // 17
      '### Heading  ', // 18
      'See [there](../x/).', // 19
    ].join('\n');
    const found = run(
      [file('en', 'start', { ...root, answers: [toEntry('alpha'), toEntry('beta')] }, body)],
      entries.filter((e) => e.locale === 'en'),
    );
    expect(found.filter((p) => p.includes('triage-body'))).toEqual([
      'en/t/start.mdx:18: expected no headings in a triage node (the page sets the question as its heading), found "### Heading" [triage-body]',
      'en/t/start.mdx:19: expected no links in a triage node\'s text (answers lead on, with "next:" or "entry:"), found a Markdown link [triage-body]',
    ]);
  });
});

describe('checkTriage, across languages', () => {
  const answers = [toEntry('alpha'), toEntry('beta')];
  it('names the file that differs from the other two, at the line of the part that differs', () => {
    const found = run([
      file('zh', 'start', { ...root, answers }),
      file('ja', 'start', { ...root, answers }),
      file('en', 'start', { ...root, answers: [toEntry('beta'), toEntry('alpha')] }),
    ]);
    expect(found).toEqual([
      'en/t/start.mdx:6: expected the answers\' "when", "next" and "entry", in order to be the same as in zh/t/start.mdx, found a difference [triage-same-across-languages]',
    ]);
  });

  it('compares asks, when and next, and command blocks but not output', () => {
    const plugin = (first: string) => ({
      ...root,
      asks: 'plugin',
      answers: [
        { label: 'a', when: first, entry: 'alpha' },
        { label: 'b', when: first === 'terway' ? 'flannel' : 'terway', entry: 'beta' },
      ],
    });
    const cmd = (c: string, out: string) => `Text.\n\n\`\`\`bash\n${c}\n\`\`\`\n\n\`\`\`text healthy\n${out}\n\`\`\`\n`;
    const found = run([
      file('zh', 'start', plugin('terway'), cmd('kubectl get pod', 'one')),
      file('ja', 'start', plugin('terway'), cmd('kubectl get pod', 'two')),
      file('en', 'start', plugin('flannel'), cmd('kubectl get pods', 'three')),
    ]);
    expect(found).toEqual([
      'en/t/start.mdx:6: expected the answers\' "when", "next" and "entry", in order to be the same as in zh/t/start.mdx, found a difference [triage-same-across-languages]',
      'en/t/start.mdx:10: expected the command blocks (everything but output) to be the same as in zh/t/start.mdx, found a difference [triage-same-across-languages]',
    ]);
    const asks = run([
      file('zh', 'start', plugin('terway')),
      file('ja', 'start', { ...root, answers }),
      file('en', 'start', plugin('terway')),
    ]);
    expect(asks).toContain(
      'ja/t/start.mdx:5: expected "asks" to be the same as in zh/t/start.mdx, found a difference [triage-same-across-languages]',
    );
    const next = run([
      ...['zh', 'ja'].map((l) => file(l as Locale, 'start', { ...root, answers: [{ label: 'a', next: 'x' }, toEntry('alpha')] })),
      file('en', 'start', { ...root, answers: [{ label: 'a', next: 'y' }, toEntry('alpha')] }),
    ]);
    expect(next.filter((p) => p.includes('same-across'))).toEqual([
      'en/t/start.mdx:6: expected the answers\' "when", "next" and "entry", in order to be the same as in zh/t/start.mdx, found a difference [triage-same-across-languages]',
    ]);
  });

  it('takes English as the reference when no two files agree', () => {
    const found = run([
      file('zh', 'start', { ...root, answers: [toEntry('alpha'), toEntry('beta')] }),
      file('ja', 'start', { ...root, answers: [toEntry('beta'), toEntry('alpha')] }),
      file('en', 'start', { ...root, answers: [toEntry('alpha'), toEntry('alpha#cause')] }),
    ]);
    expect(found.filter((p) => p.includes('same-across'))).toEqual([
      'zh/t/start.mdx:6: expected the answers\' "when", "next" and "entry", in order to be the same as in en/t/start.mdx, found a difference [triage-same-across-languages]',
      'ja/t/start.mdx:6: expected the answers\' "when", "next" and "entry", in order to be the same as in en/t/start.mdx, found a difference [triage-same-across-languages]',
    ]);
  });
});

describe('checkTriage, the shape of a tree', () => {
  const en = entries.filter((e) => e.locale === 'en');
  it('asks for the root when a tree has none, and lists the nodes sorted when an answer misses', () => {
    const found = run(
      [
        file('en', 'zeta', { answers: [{ label: 'a', next: 'gone' }, toEntry('alpha')] }),
        file('en', 'beta-node', { ticket: true }),
      ],
      en,
    );
    expect(found).toContain('en/t/start.mdx: expected a root node start.mdx in tree "en/t", found none [triage-shape]');
    expect(found).toContain(
      'en/t/zeta.mdx:7: field "answers[0].next": expected a node of tree "t" (beta-node, zeta), found "gone" [triage-targets]',
    );
    // Without a root, nothing is reported unreachable (the missing root says it all).
    expect(found.some((p) => p.includes('reachable from start.mdx'))).toBe(false);
  });

  it('reports a loop through the root as leading back, not as a cycle, and not as two answers into the root', () => {
    const found = run(
      [
        file('en', 'start', { ...root, answers: [{ label: 'a', next: 'a' }, toEntry('alpha')] }),
        file('en', 'a', {
          answers: [
            { label: 'back', next: 'start' },
            { label: 'back again', next: 'start' },
          ],
        }),
      ],
      en,
    );
    expect(found.filter((p) => p.includes('leading back'))).toHaveLength(2);
    expect(found.some((p) => p.includes('no cycle') || p.includes('one answer leading to node "start"'))).toBe(false);
  });

  it('counts only entries reached from the root, only troubleshooting ones, in their own language', () => {
    const found = run(
      [
        file('en', 'start', { ...root, answers: [toEntry('beta'), { label: 'x', next: 'end' }] }),
        file('en', 'end', { ticket: true }),
        file('en', 'orphan', { answers: [toEntry('alpha'), toEntry('beta')] }),
      ],
      entries,
    );
    expect(found).toContain(
      'en: expected every troubleshooting entry to be reachable from a triage tree, found 1 that no tree leads to: alpha [triage-coverage]',
    );
    expect(found.filter((p) => p.includes('triage-coverage'))).toHaveLength(1);
  });
});

describe('cycles, further', () => {
  it('finds a cycle entered from the side once, and passes nodes already done', () => {
    expect(
      cycles([
        { id: 'a', next: ['b', 'c'] },
        { id: 'b', next: ['c'] },
        { id: 'c', next: ['d'] },
        { id: 'd', next: ['c', 'e'] },
        { id: 'e', next: [] },
      ]),
    ).toEqual([['c', 'd']]);
    expect(
      cycles([
        { id: 'x', next: ['y'] },
        { id: 'y', next: ['z'] },
        { id: 'z', next: ['x'] },
        { id: 'w', next: ['y'] },
      ]),
    ).toEqual([['x', 'y', 'z']]);
  });
});

describe('offerTree, edges', () => {
  const trees = [
    { id: 'first', title: 'alpha beta gamma delta epsilon', symptoms: [] },
    { id: 'second', title: 'alpha beta gamma delta epsilon', symptoms: [] },
  ];
  it('offers at exactly the share, keeps the first of equal trees, and reads a trailing newline as one line', () => {
    expect(offerTree('alpha beta gamma', trees)?.id).toBe('first');
    expect(offerTree('alpha beta', trees)).toBeUndefined();
    expect(offerTree('alpha beta gamma\n', trees)?.id).toBe('first');
    expect(offerTree('!!! ???', trees)).toBeUndefined();
  });
});
