/**
 * The rules for triage trees beyond each node's own frontmatter: the root's
 * fields, bodies without headings, every node in every language with the same
 * language-neutral parts, and a sound tree — answers lead to nodes and
 * entries (and sections) that exist, every node is reached from the root
 * along exactly one answer, no answer leads back. Every troubleshooting entry
 * must be reachable from some tree.
 */
import { localeKeys, type Locale } from '../../i18n/locales.ts';
import type { Kind } from '../../schemas/kind.ts';
import { ENTRY_TARGET_RE, TRIAGE_ROOT, type TriageNodeData } from '../../schemas/triage.ts';
import { withoutInlineCode } from '../content-rules/document.ts';
import { disagreements } from '../content-rules/same-across-languages.ts';
import type { BodyContext } from '../content-rules/types.ts';
import type { Problem } from '../errors.ts';
import { cycles, parentsOf, reachable, type GraphNode } from './graph.ts';

/** One triage node file whose frontmatter passed the schema. */
export interface TriageFile extends BodyContext {
  readonly tree: string;
  readonly node: string;
  readonly data: TriageNodeData;
  /** 1-based file line of each top-level frontmatter key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** 1-based file line of each answer (its `- ` item). */
  readonly answerLines: readonly number[];
}

/** What the check needs to know of an entry in one language. */
export interface EntryFacts {
  readonly locale: Locale;
  readonly id: string;
  readonly kind: Kind;
  /** The anchors of its sections and steps (`cause`, `step-2`, …). */
  readonly anchors: ReadonlySet<string>;
}

/** Where a node's file, and a language's folder of trees, would be (for problems about files that are missing). */
export interface TriagePaths {
  node(locale: Locale, tree: string, node: string): string;
  folder(locale: Locale): string;
}

/** The rule ids, printed with each message. */
export const TRIAGE_RULES = {
  root: 'triage-root',
  body: 'triage-body',
  translations: 'triage-translations',
  neutral: 'triage-same-across-languages',
  target: 'triage-targets',
  shape: 'triage-shape',
  coverage: 'triage-coverage',
} as const;

const ROOT_FIELDS = ['title', 'summary', 'symptoms'] as const;

/** The language-neutral parts of a node, as one comparable string per part. */
function neutralParts(f: TriageFile): Record<string, string> {
  return {
    asks: JSON.stringify(f.data.asks ?? null),
    ticket: JSON.stringify(f.data.ticket),
    answers: JSON.stringify(f.data.answers.map((a) => [a.when ?? null, a.next ?? null, a.entry ?? null])),
    commands: JSON.stringify(f.blocks.filter((b) => !b.meta?.output).map((b) => [b.lang, b.source])),
  };
}

const describeParts: Record<string, string> = {
  asks: '"asks"',
  ticket: '"ticket"',
  answers: 'the answers\' "when", "next" and "entry", in order',
  commands: 'the command blocks (everything but output)',
};

function fileChecks(f: TriageFile): Problem[] {
  const problems: Problem[] = [];
  const isRoot = f.node === TRIAGE_ROOT;
  for (const field of ROOT_FIELDS) {
    const has = f.data[field] !== undefined && (field !== 'symptoms' || f.data.symptoms!.length > 0);
    if (isRoot && !has) {
      problems.push({
        file: f.file,
        field,
        rule: TRIAGE_RULES.root,
        message: `expected "${field}" on the root node (${TRIAGE_ROOT}.mdx names its tree), found none`,
      });
    } else if (!isRoot && f.data[field] !== undefined) {
      problems.push({
        file: f.file,
        line: f.keyLines.get(field),
        field,
        rule: TRIAGE_RULES.root,
        message: `expected "${field}" only on ${TRIAGE_ROOT}.mdx (the tree's root), found it on node "${f.node}"`,
      });
    }
  }
  // Headings would break the page's own outline (question, command, answers); links leave the tree mid-walk.
  for (const { line, text } of f.prose) {
    const heading = /^#{1,6}\s/.test(text);
    if (!heading && !/\]\([^)]*\)/.test(withoutInlineCode(text))) continue;
    problems.push({
      file: f.file,
      line,
      rule: TRIAGE_RULES.body,
      message: heading
        ? `expected no headings in a triage node (the page sets the question as its heading), found "${text.trim()}"`
        : 'expected no links in a triage node\'s text (answers lead on, with "next:" or "entry:"), found a Markdown link',
    });
  }
  return problems;
}

/** Problems of a set of triage node files, given the entries of every language. */
export function checkTriage(files: readonly TriageFile[], entries: readonly EntryFacts[], paths: TriagePaths): Problem[] {
  const pathFor = paths.node;
  const problems: Problem[] = files.flatMap(fileChecks);
  const entryIn = new Map(entries.map((e) => [`${e.locale}/${e.id}`, e]));
  const neutral = new Map(files.map((f) => [f, neutralParts(f)]));

  // Every node in every language.
  const byNode = new Map<string, TriageFile[]>();
  for (const f of files) {
    const key = `${f.tree}/${f.node}`;
    byNode.set(key, [...(byNode.get(key) ?? []), f]);
  }
  for (const [key, group] of byNode) {
    const have = new Set(group.map((f) => f.locale));
    const [tree, node] = key.split('/') as [string, string];
    for (const locale of localeKeys.filter((l) => !have.has(l))) {
      problems.push({
        file: pathFor(locale, tree, node),
        rule: TRIAGE_RULES.translations,
        message: `expected this node in every language (it exists in ${[...have].join(', ')}), found none`,
      });
    }
    // The same language-neutral parts: the majority (or English) is the reference.
    for (const part of Object.keys(describeParts)) {
      for (const { file: f, reference } of disagreements(group, (g) => neutral.get(g)![part]!)) {
        problems.push({
          file: f.file,
          line: part === 'commands' ? f.bodyLine : f.keyLines.get(part),
          rule: TRIAGE_RULES.neutral,
          message: `expected ${describeParts[part]} to be the same as in ${reference.file}, found a difference`,
        });
      }
    }
  }

  // Each tree in each language: targets, then shape.
  const trees = new Map<string, TriageFile[]>();
  for (const f of files) trees.set(`${f.locale}/${f.tree}`, [...(trees.get(`${f.locale}/${f.tree}`) ?? []), f]);
  const reachedEntries = new Map<Locale, Set<string>>();
  for (const [key, group] of trees) {
    const locale = group[0]!.locale;
    const tree = group[0]!.tree;
    const ids = new Set(group.map((f) => f.node));
    const graph: GraphNode[] = group.map((f) => ({
      id: f.node,
      next: f.data.answers.map((a) => a.next),
    }));
    if (!ids.has(TRIAGE_ROOT)) {
      problems.push({
        file: pathFor(locale, tree, TRIAGE_ROOT),
        rule: TRIAGE_RULES.shape,
        message: `expected a root node ${TRIAGE_ROOT}.mdx in tree "${key}", found none`,
      });
    }
    for (const f of group) {
      f.data.answers.forEach((a, i) => {
        const line = f.answerLines[i];
        if (a.next !== undefined && !ids.has(a.next)) {
          problems.push({
            file: f.file,
            line,
            field: `answers[${i}].next`,
            rule: TRIAGE_RULES.target,
            message: `expected a node of tree "${tree}" (${[...ids].sort().join(', ')}), found "${a.next}"`,
          });
        }
        if (a.next === TRIAGE_ROOT) {
          problems.push({
            file: f.file,
            line,
            field: `answers[${i}].next`,
            rule: TRIAGE_RULES.shape,
            message: `expected answers to lead away from the root, found one leading back to "${TRIAGE_ROOT}" (a cycle)`,
          });
        }
        if (a.entry !== undefined) {
          const [, id, anchor] = ENTRY_TARGET_RE.exec(a.entry)!;
          const entry = entryIn.get(`${locale}/${id}`);
          if (!entry) {
            problems.push({
              file: f.file,
              line,
              field: `answers[${i}].entry`,
              rule: TRIAGE_RULES.target,
              message: `expected an existing entry id, found "${id}"`,
            });
          } else if (anchor !== undefined && !entry.anchors.has(anchor)) {
            problems.push({
              file: f.file,
              line,
              field: `answers[${i}].entry`,
              rule: TRIAGE_RULES.target,
              message: `expected a section of ${locale}/${id} (${[...entry.anchors].join(', ')}), found "#${anchor}"`,
            });
          }
        }
      });
    }
    const parents = parentsOf(graph);
    for (const f of group) {
      const into = parents.get(f.node) ?? [];
      if (f.node !== TRIAGE_ROOT && into.length > 1) {
        problems.push({
          file: f.file,
          rule: TRIAGE_RULES.shape,
          message: `expected one answer leading to node "${f.node}" (its page shows the one path to it), found ${into.length}: ${into
            .map((p) => `${p.node} answer ${p.answer + 1}`)
            .join(', ')}`,
        });
      }
    }
    for (const loop of cycles(graph).filter((c) => !c.includes(TRIAGE_ROOT))) {
      const first = group.find((f) => f.node === loop[0])!;
      problems.push({
        file: first.file,
        rule: TRIAGE_RULES.shape,
        message: `expected no cycle of answers, found ${[...loop, loop[0]].join(' → ')}`,
      });
    }
    const seen = reachable(graph);
    for (const f of group) {
      if (ids.has(TRIAGE_ROOT) && !seen.has(f.node)) {
        problems.push({
          file: f.file,
          rule: TRIAGE_RULES.shape,
          message: `expected node "${f.node}" to be reachable from ${TRIAGE_ROOT}.mdx by answers, found no path to it`,
        });
      }
    }
    const reached = reachedEntries.get(locale) ?? new Set<string>();
    for (const f of group) {
      if (!seen.has(f.node)) continue;
      for (const a of f.data.answers) if (a.entry !== undefined) reached.add(ENTRY_TARGET_RE.exec(a.entry)![1]!);
    }
    reachedEntries.set(locale, reached);
  }

  // Every troubleshooting entry has a way in from a symptom (checked in each language that has trees).
  for (const [locale, reached] of reachedEntries) {
    const missing = entries
      .filter((e) => e.locale === locale && e.kind === 'troubleshooting' && !reached.has(e.id))
      .map((e) => e.id)
      .sort();
    if (missing.length) {
      problems.push({
        file: paths.folder(locale),
        rule: TRIAGE_RULES.coverage,
        message: `expected every troubleshooting entry to be reachable from a triage tree, found ${missing.length} that no tree leads to: ${missing.join(', ')}`,
      });
    }
  }
  return problems;
}
