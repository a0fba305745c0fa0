/**
 * Triage trees as the pages use them: every node of a tree in one language,
 * the one path of answers from the root to each node, and the text a reader
 * copies into a ticket. The content check has made sure the shape is sound.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { TRIAGE_ROOT } from '../../schemas/triage.ts';
import { copiedText, isInput, readDocument } from '../../lib/content-rules/document.ts';
import { pathTo } from '../../lib/triage/graph.ts';
import { ticketText, type TicketLabels, type TicketStep } from '../../lib/triage/ticket.ts';

/** One node in one language, as Astro loads it. */
export type TriageNode = CollectionEntry<'triage'>;

/** `<locale>/<tree>/<node>` split. */
export function nodeParts(node: TriageNode): { locale: Locale; tree: string; id: string } {
  const [locale, tree, id] = node.id.split('/') as [Locale, string, string];
  return { locale, tree, id };
}

/** One tree in one language. */
export interface Tree {
  readonly locale: Locale;
  readonly id: string;
  readonly root: TriageNode;
  readonly nodes: ReadonlyMap<string, TriageNode>;
}

/**
 * The order trees are listed in: the layers a packet crosses, as the
 * checklist entry tests them (own address, other pods, Services, names, the
 * internet), then the node itself and IPv6. Trees not named here follow, by id.
 */
export const TREE_ORDER = ['pod-no-ip', 'pod-to-pod', 'pod-to-service', 'dns', 'egress', 'node-network', 'ipv6'];

/** Sort key of a tree id: its place in TREE_ORDER, or after all of them. */
function rank(id: string): number {
  const i = TREE_ORDER.indexOf(id);
  return i < 0 ? TREE_ORDER.length : i;
}

let all: Promise<Tree[]> | undefined;

/** Every tree in every language, in TREE_ORDER, then by id. */
export function allTrees(): Promise<Tree[]> {
  all ??= getCollection('triage').then((list) => {
    const trees = new Map<string, Map<string, TriageNode>>();
    for (const node of list) {
      const { locale, tree, id } = nodeParts(node);
      const key = `${locale}/${tree}`;
      trees.set(key, (trees.get(key) ?? new Map()).set(id, node));
    }
    return [...trees]
      .map(([key, nodes]) => {
        const [locale, id] = key.split('/') as [Locale, string];
        return { locale, id, root: nodes.get(TRIAGE_ROOT)!, nodes };
      })
      .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  });
  return all;
}

/** The trees of one language. */
export async function treesIn(locale: Locale): Promise<Tree[]> {
  return (await allTrees()).filter((t) => t.locale === locale);
}

/** One step of the path to a node: the node asked, and the answer given. */
export interface PathStep {
  readonly node: TriageNode;
  readonly answer: number;
}

/** The answers from the root to `id`, root first (empty for the root). */
export function stepsTo(tree: Tree, id: string): PathStep[] {
  const graph = [...tree.nodes.values()].map((n) => ({ id: nodeParts(n).id, next: n.data.answers.map((a) => a.next) }));
  const path = pathTo(graph, id);
  if (!path)
    throw new Error(`triage ${tree.locale}/${tree.id}: no single path to node "${id}" (the content check should have failed)`);
  return path.map((p) => ({ node: tree.nodes.get(p.node)!, answer: p.answer }));
}

const commandsOf = new WeakMap<TriageNode, string[]>();

/**
 * The commands a node asks the reader to run: its input blocks, as the copy
 * button copies them. Read once per node: every page below it shows them again.
 */
export function nodeCommands(node: TriageNode): string[] {
  let commands = commandsOf.get(node);
  if (!commands) {
    commands = readDocument(node.body ?? '', 1)
      .blocks.filter(isInput)
      .map((b) => copiedText(b).text);
    commandsOf.set(node, commands);
  }
  return commands;
}

/** The ticket text for a reader standing at `node`, having answered `steps` (stepsTo) on the way. */
export function ticketFor(steps: readonly PathStep[], node: TriageNode, url: string, labels: TicketLabels): string {
  const answered: TicketStep[] = steps.map(({ node: at, answer }) => ({
    question: at.data.question,
    answer: at.data.answers[answer]!.label,
    commands: nodeCommands(at),
  }));
  return ticketText({
    url,
    steps: answered,
    at: node.data.question,
    atCommands: nodeCommands(node),
    labels,
  });
}
