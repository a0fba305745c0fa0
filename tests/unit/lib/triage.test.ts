import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerLines, checkTree } from '../../../src/lib/content-check.ts';
import { formatProblem } from '../../../src/lib/errors.ts';
import { cycles, parentsOf, pathTo, reachable } from '../../../src/lib/triage/graph.ts';
import { ticketText } from '../../../src/lib/triage/ticket.ts';
import { triageNodeSchema } from '../../../src/schemas/triage.ts';

describe('triage graph', () => {
  const tree = [
    { id: 'start', next: ['a', undefined, 'b'] },
    { id: 'a', next: ['c', undefined] },
    { id: 'b', next: [undefined, undefined] },
    { id: 'c', next: [] },
    { id: 'lonely', next: ['x'] },
    { id: 'x', next: ['lonely'] },
  ];

  it('lists every answer leading to each node, with its position', () => {
    const parents = parentsOf(tree);
    expect(parents.get('a')).toEqual([{ node: 'start', answer: 0 }]);
    expect(parents.get('b')).toEqual([{ node: 'start', answer: 2 }]);
    expect(parents.get('c')).toEqual([{ node: 'a', answer: 0 }]);
    expect(parents.get('start')).toBeUndefined();
    expect(parents.get('lonely')).toEqual([{ node: 'x', answer: 0 }]);
  });

  it('reaches what answers lead to from the root, and nothing without a root', () => {
    expect([...reachable(tree)].sort()).toEqual(['a', 'b', 'c', 'start']);
    expect([...reachable(tree, 'x')].sort()).toEqual(['lonely', 'x']);
    expect(reachable(tree.slice(1)).size).toBe(0);
    // An answer to a node that does not exist is not followed.
    expect([...reachable([{ id: 'start', next: ['ghost'] }])]).toEqual(['start']);
  });

  it('finds each cycle once, from its smallest id, and a node leading to itself', () => {
    expect(cycles(tree)).toEqual([['lonely', 'x']]);
    expect(cycles([{ id: 'start', next: ['start'] }])).toEqual([['start']]);
    expect(
      cycles([
        { id: 'start', next: ['m'] },
        { id: 'm', next: ['n'] },
        { id: 'n', next: ['start', 'ghost'] },
      ]),
    ).toEqual([['m', 'n', 'start']]);
    expect(cycles(tree.slice(0, 4))).toEqual([]);
  });

  it('gives the one path of answers from the root to a node', () => {
    expect(pathTo(tree, 'start')).toEqual([]);
    expect(pathTo(tree, 'c')).toEqual([
      { node: 'start', answer: 0 },
      { node: 'a', answer: 0 },
    ]);
    expect(pathTo(tree, 'b')).toEqual([{ node: 'start', answer: 2 }]);
    // No single path: reached from a cycle only, from two answers, or from nowhere.
    expect(pathTo(tree, 'x')).toBeUndefined();
    expect(pathTo(tree, 'ghost')).toBeUndefined();
    expect(
      pathTo(
        [
          { id: 'start', next: ['a', 'a'] },
          { id: 'a', next: [] },
        ],
        'a',
      ),
    ).toBeUndefined();
  });
});

describe('ticket text', () => {
  it('lists each question with the commands run and the answer, then where the reader stopped', () => {
    const text = ticketText({
      url: 'https://kb.example.cn/en/triage/dns/check-endpoints/',
      steps: [
        { question: 'Which plugin?', answer: 'Terway', commands: [] },
        {
          question: 'Do the `kube-dns` endpoints list pods?',
          answer: 'No, `<none>`',
          commands: ['kubectl get endpoints kube-dns -n kube-system', 'for i in 1 2; do\n  echo $i\ndone'],
        },
      ],
      at: 'Do the CoreDNS pods run?',
      atCommands: ['kubectl get pod -n kube-system -l k8s-app=kube-dns'],
      labels: { heading: 'Triage: DNS fails', answer: 'Answer', ran: 'Ran', at: 'Stopped at' },
    });
    expect(text).toBe(
      [
        'Triage: DNS fails',
        'https://kb.example.cn/en/triage/dns/check-endpoints/',
        '1. Which plugin?',
        '   Answer: Terway',
        '2. Do the kube-dns endpoints list pods?',
        '   Ran:',
        '     kubectl get endpoints kube-dns -n kube-system',
        '   Ran:',
        '     for i in 1 2; do',
        '       echo $i',
        '     done',
        '   Answer: No, <none>',
        'Stopped at: Do the CoreDNS pods run?',
        '   Ran:',
        '     kubectl get pod -n kube-system -l k8s-app=kube-dns',
        '',
      ].join('\n'),
    );
  });

  it('keeps blank lines of a command blank (no trailing spaces)', () => {
    const text = ticketText({
      url: 'u',
      steps: [],
      at: 'Q',
      atCommands: ['a\n\nb'],
      labels: { heading: 'H', answer: 'A', ran: 'R', at: 'S' },
    });
    expect(text).toBe('H\nu\nS: Q\n   R:\n     a\n\n     b\n');
  });
});

describe('triage node schema', () => {
  const node = (extra: object) => ({ question: 'Q?', updated: '2026-12-01', ...extra });
  const issues = (data: object) => {
    const r = triageNodeSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a question node, a ticket node and a node that asks a cluster fact', () => {
    expect(
      issues(
        node({
          answers: [
            { label: 'a', next: 'x' },
            { label: 'b', entry: 'alpha#step-2' },
          ],
        }),
      ),
    ).toEqual([]);
    expect(issues(node({ ticket: true }))).toEqual([]);
    expect(
      issues(
        node({
          asks: 'kubeProxy',
          answers: [
            { label: 'IPVS', when: 'ipvs', next: 'x' },
            { label: 'iptables', when: 'iptables', entry: 'alpha' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [{ answers: [{ label: 'a', next: 'x' }] }, 'answers: expected 2 to 6 answers on a question node'],
    [
      {},
      'answers: expected 2 to 6 answers on a question node (a leaf must be an entry answer or a node with "ticket: true"), found 0',
    ],
    [
      { ticket: true, answers: [{ label: 'a', next: 'x' }] },
      'answers: expected no answers on a ticket node (it is a leaf), found 1',
    ],
    [
      { answers: [{ label: 'a' }, { label: 'b', next: 'y' }] },
      'answers.0.next: expected exactly one of "next" (a node) or "entry" (an entry), found neither',
    ],
    [
      {
        answers: [
          { label: 'a', next: 'x', entry: 'alpha' },
          { label: 'b', next: 'y' },
        ],
      },
      'answers.0.next: expected exactly one of "next" (a node) or "entry" (an entry), found both',
    ],
    [
      {
        answers: [
          { label: 'a', entry: 'alpha#' },
          { label: 'b', next: 'y' },
        ],
      },
      'answers.0.entry: expected an entry id, optionally with "#anchor"',
    ],
    [
      {
        answers: [
          { label: 'a', next: 'Check_Events' },
          { label: 'b', next: 'y' },
        ],
      },
      'answers.0.next: expected a node id such as "check-events"',
    ],
    [
      {
        answers: [
          { label: 'a', next: 'x', when: 'terway' },
          { label: 'b', next: 'y' },
        ],
      },
      'answers.0.when: expected "when" only on a node that "asks" a cluster fact, found "terway"',
    ],
    [
      {
        asks: 'plugin',
        answers: [
          { label: 'a', next: 'x', when: 'calico' },
          { label: 'b', next: 'y', when: 'flannel' },
        ],
      },
      'answers.0.when: expected "when" to be one of terway, flannel (the node asks plugin), found "calico"',
    ],
    [
      {
        asks: 'plugin',
        answers: [
          { label: 'a', next: 'x' },
          { label: 'b', next: 'y', when: 'flannel' },
        ],
      },
      'answers.0.when: expected "when" to be one of terway, flannel (the node asks plugin), found none',
    ],
    [
      {
        asks: 'plugin',
        answers: [
          { label: 'a', next: 'x', when: 'flannel' },
          { label: 'b', next: 'y', when: 'flannel' },
        ],
      },
      'answers: expected each "when" value once, found "flannel" twice',
    ],
    [{ asks: 'cni', answers: [] }, 'asks: '],
    [
      {
        symptoms: ['a', 'a'],
        answers: [
          { label: 'a', next: 'x' },
          { label: 'b', next: 'y' },
        ],
      },
      'symptoms: expected each value once',
    ],
    [{ question: 'two\nlines', ticket: true }, 'question: expected a single line of text'],
  ])('rejects %j', (extra, message) => {
    const found = issues(node(extra));
    expect(
      found.some((m) => m.startsWith(message)),
      found.join('\n'),
    ).toBe(true);
  });
});

describe('answerLines', () => {
  it('gives the line of each item of the top-level answers list, not of nested lists', () => {
    const source = [
      '---', // 1
      "question: 'Q'", // 2
      'answers:', // 3
      "  - label: 'a'", // 4
      '    next: x', // 5
      '    notes:', // 6
      '      - nested', // 7
      "  - label: 'b'", // 8
      'updated: 2026-12-01', // 9
      "  - label: 'not an answer'", // 10
      '---',
    ].join('\n');
    expect(answerLines(source, 3)).toEqual([4, 8]);
    expect(answerLines(source, undefined)).toEqual([]);
  });
});

// A content tree with the fixture entries (alpha, beta) and the sample tree, changed by one edit per case.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Edit = (root: string) => void;
const langs = ['zh', 'ja', 'en'] as const;
const replaceIn =
  (rel: string, from: string, to: string): Edit =>
  (root) => {
    const path = join(root, 'triage', rel);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${rel}`);
    writeFileSync(path, text.replace(from, to));
  };
const everyLanguage =
  (rel: string, from: string, to: string): Edit =>
  (root) => {
    for (const l of langs) replaceIn(`${l}/${rel}`, from, to)(root);
  };
const addNode =
  (rel: string, text: string): Edit =>
  (root) => {
    for (const l of langs) writeFileSync(join(root, 'triage', l, rel), text);
  };

async function triageProblems(...edits: Edit[]): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'kb-triage-'));
  dirs.push(root);
  cpSync('tests/fixtures/content/valid/faq', join(root, 'faq'), { recursive: true });
  cpSync('tests/fixtures/triage/valid', join(root, 'triage'), { recursive: true });
  for (const edit of edits) edit(root);
  const report = await checkTree(root, root);
  return report.problems.map(formatProblem);
}

const ticketNode = "---\nquestion: 'Collect'\nticket: true\nupdated: 2026-12-01\n---\n\nAttach the cluster ID.\n";

describe('triage trees in the content check', () => {
  it('passes the sample tree and returns its nodes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-triage-'));
    dirs.push(root);
    cpSync('tests/fixtures/content/valid/faq', join(root, 'faq'), { recursive: true });
    cpSync('tests/fixtures/triage/valid', join(root, 'triage'), { recursive: true });
    const report = await checkTree(root, root);
    expect(report.problems).toEqual([]);
    expect(report.triage.map((f) => `${f.locale}/${f.tree}/${f.node}`).sort()).toEqual(
      langs.flatMap((l) => ['check-events', 'collect', 'start'].map((n) => `${l}/sample/${n}`)).sort(),
    );
    const start = report.triage.find((f) => f.locale === 'en' && f.node === 'start')!;
    expect(start.answerLines).toEqual([8, 11]);
  });

  it.each<[string, Edit[], string]>([
    [
      'an answer to a node that does not exist',
      [everyLanguage('sample/check-events.mdx', 'next: collect', 'next: gather')],
      'en/sample/check-events.mdx:6: field "answers[1].next": expected a node of tree "sample" (check-events, collect, start), found "gather" [triage-targets]',
    ],
    [
      'an answer to an entry that does not exist',
      [everyLanguage('sample/check-events.mdx', 'entry: alpha', 'entry: gamma')],
      'en/sample/check-events.mdx:4: field "answers[0].entry": expected an existing entry id, found "gamma" [triage-targets]',
    ],
    [
      'an answer to a section that does not exist',
      [everyLanguage('sample/start.mdx', 'entry: beta#step-2', 'entry: beta#step-9')],
      'en/sample/start.mdx:11: field "answers[1].entry": expected a section of en/beta (symptom, cause, solution, step-1, step-2, verify), found "#step-9" [triage-targets]',
    ],
    [
      'an answer leading back to the root',
      [everyLanguage('sample/check-events.mdx', 'next: collect', 'next: start')],
      'en/sample/check-events.mdx:6: field "answers[1].next": expected answers to lead away from the root, found one leading back to "start" (a cycle) [triage-shape]',
    ],
    [
      'a cycle away from the root',
      [
        addNode(
          'sample/loop-a.mdx',
          "---\nquestion: 'A'\nanswers:\n  - label: 'a'\n    next: loop-b\n  - label: 'b'\n    entry: alpha\nupdated: 2026-12-01\n---\n",
        ),
        addNode(
          'sample/loop-b.mdx',
          "---\nquestion: 'B'\nanswers:\n  - label: 'a'\n    next: loop-a\n  - label: 'b'\n    entry: beta\nupdated: 2026-12-01\n---\n",
        ),
      ],
      'en/sample/loop-a.mdx: expected no cycle of answers, found loop-a → loop-b → loop-a [triage-shape]',
    ],
    [
      'a node no answer leads to',
      [addNode('sample/orphan.mdx', ticketNode)],
      'en/sample/orphan.mdx: expected node "orphan" to be reachable from start.mdx by answers, found no path to it [triage-shape]',
    ],
    [
      'a node two answers lead to',
      [everyLanguage('sample/start.mdx', 'entry: beta#step-2', 'next: collect')],
      'en/sample/collect.mdx: expected one answer leading to node "collect" (its page shows the one path to it), found 2: check-events answer 2, start answer 2 [triage-shape]',
    ],
    [
      'a question node with one answer (a leaf that is neither an entry nor a ticket)',
      [
        (root) => {
          // Drop the first answer (lines 4 and 5) in every language.
          for (const l of langs) {
            const path = join(root, 'triage', l, 'sample/check-events.mdx');
            writeFileSync(
              path,
              readFileSync(path, 'utf8')
                .split('\n')
                .filter((_, i) => i !== 3 && i !== 4)
                .join('\n'),
            );
          }
        },
      ],
      'en/sample/check-events.mdx:3: field "answers": expected 2 to 6 answers on a question node (a leaf must be an entry answer or a node with "ticket: true"), found 1 [frontmatter]',
    ],
    [
      'a node missing in one language',
      [(root) => unlinkSync(join(root, 'triage/ja/sample/collect.mdx'))],
      'ja/sample/collect.mdx: expected this node in every language (it exists in en, zh), found none [triage-translations]',
    ],
    [
      'a language-neutral part that differs',
      [replaceIn('zh/sample/check-events.mdx', 'entry: alpha', 'entry: beta')],
      'zh/sample/check-events.mdx:3: expected the answers\' "when", "next" and "entry", in order to be the same as in',
    ],
    [
      'a command that differs',
      [replaceIn('ja/sample/start.mdx', 'kubectl get ds -n kube-system', 'kubectl get ds -A')],
      'ja/sample/start.mdx:16: expected the command blocks (everything but output) to be the same as in',
    ],
    [
      'a troubleshooting entry no tree leads to',
      [everyLanguage('sample/check-events.mdx', 'entry: alpha', 'entry: beta')],
      'en: expected every troubleshooting entry to be reachable from a triage tree, found 1 that no tree leads to: alpha [triage-coverage]',
    ],
    [
      'a root without its title',
      [replaceIn('en/sample/start.mdx', "title: 'Sample symptom'\n", '')],
      'en/sample/start.mdx: field "title": expected "title" on the root node (start.mdx names its tree), found none [triage-root]',
    ],
    [
      'tree fields on another node',
      [everyLanguage('sample/collect.mdx', 'ticket: true', "ticket: true\nsummary: 'x'")],
      'en/sample/collect.mdx:4: field "summary": expected "summary" only on start.mdx (the tree\'s root), found it on node "collect" [triage-root]',
    ],
    [
      'a heading in a node',
      [everyLanguage('sample/collect.mdx', '\n- ', '\n## More\n\n- ')],
      'en/sample/collect.mdx:9: expected no headings in a triage node (the page sets the question as its heading), found "## More" [triage-body]',
    ],
    [
      'a link in a node',
      [replaceIn('en/sample/collect.mdx', '- the cluster ID;', '- the [cluster ID](../x/);')],
      'en/sample/collect.mdx:9: expected no links in a triage node\'s text (answers lead on, with "next:" or "entry:"), found a Markdown link [triage-body]',
    ],
    [
      'an answer for a cluster value that does not exist',
      [everyLanguage('sample/start.mdx', 'when: flannel', 'when: calico')],
      'en/sample/start.mdx:11: field "answers[1].when": expected "when" to be one of terway, flannel (the node asks plugin), found "calico" [frontmatter]',
    ],
    [
      'a file beside the tree folders',
      [(root) => writeFileSync(join(root, 'triage/en/notes.md'), 'x')],
      'en/notes.md: expected a folder per tree in triage/en/ (triage/en/<tree>/<node>.mdx), found a file [layout]',
    ],
    [
      'a folder that is not a language',
      [(root) => cpSync(join(root, 'triage/en'), join(root, 'triage/fr'), { recursive: true })],
      'fr: expected only the language folders zh, ja, en in triage/, found "fr" [layout]',
    ],
    [
      'a tree folder name that is not kebab-case',
      [(root) => cpSync(join(root, 'triage/en/sample'), join(root, 'triage/en/Sample_Tree'), { recursive: true })],
      'en/Sample_Tree/check-events.mdx: expected an ASCII kebab-case tree folder name such as "pod-no-ip", found "Sample_Tree" [triage-id]',
    ],
    [
      'a disruptive command without a warning',
      [
        addNode(
          'sample/collect.mdx',
          `${ticketNode}\n\`\`\`bash\nkubectl delete pod -n kube-system -l k8s-app=kube-dns\n\`\`\`\n`,
        ),
      ],
      'en/sample/collect.mdx:10: expected a labelled warning (> **Warning:** …) above this block in the same step, saying what "kubectl delete" disrupts and how to undo it, found none [disruptive-commands]',
    ],
    [
      'a placeholder that is not declared',
      [everyLanguage('sample/check-events.mdx', 'placeholders="pod-name namespace"', 'placeholders="pod-name"')],
      'en/sample/check-events.mdx:14: expected placeholder <namespace> to be declared in placeholders="…" on the block, found it undeclared [code-conventions]',
    ],
  ])('fails on %s, naming the file, line, expectation and finding', async (_, edits, message) => {
    const found = await triageProblems(...edits);
    expect(
      found.some((p) => p.startsWith('triage/') && p.includes(message)),
      found.join('\n'),
    ).toBe(true);
  });
});
