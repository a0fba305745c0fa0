/**
 * The shape of one triage tree, language-free: which node each answer leads
 * to. Pure functions, shared by the content check (which rejects a bad shape)
 * and the pages (which draw the one path from the root to a node).
 */
import { TRIAGE_ROOT } from '../../schemas/triage.ts';

/** What the graph needs of a node: its id and, per answer in order, the node it leads to (undefined: an entry). */
export interface GraphNode {
  readonly id: string;
  readonly next: readonly (string | undefined)[];
}

/** One edge into a node: the node whose answer (0-based index) leads there. */
export interface Parent {
  readonly node: string;
  readonly answer: number;
}

/** Every answer that leads to each node, in file order. */
export function parentsOf(nodes: readonly GraphNode[]): Map<string, Parent[]> {
  const parents = new Map<string, Parent[]>();
  for (const n of nodes) {
    n.next.forEach((to, answer) => {
      if (to === undefined) return;
      const list = parents.get(to) ?? [];
      list.push({ node: n.id, answer });
      parents.set(to, list);
    });
  }
  return parents;
}

/** The ids reachable from the root by following answers (the root included when it exists). */
export function reachable(nodes: readonly GraphNode[], root = TRIAGE_ROOT): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const todo = byId.has(root) ? [root] : [];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const to of byId.get(id)?.next ?? []) if (to !== undefined && byId.has(to)) todo.push(to);
  }
  return seen;
}

/**
 * Every cycle of answers, each once, as the ids along it starting from its
 * smallest id (`[a, b]` for a → b → a). A node that leads to itself is a cycle of one.
 */
export function cycles(nodes: readonly GraphNode[]): string[][] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const to of byId.get(id)!.next) {
      if (to === undefined || !byId.has(to)) continue;
      if (state.get(to) === 'open') {
        const loop = stack.slice(stack.indexOf(to));
        const start = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        found.set(rotated.join(' '), rotated);
      } else if (!state.has(to)) {
        visit(to);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  return [...found.values()];
}

/**
 * The answers that lead from the root to `id`: one per step, the root's first.
 * Empty for the root; undefined when the node cannot be reached along single
 * parents (the content check rejects such trees).
 */
export function pathTo(nodes: readonly GraphNode[], id: string, root = TRIAGE_ROOT): Parent[] | undefined {
  const parents = parentsOf(nodes);
  const path: Parent[] = [];
  const seen = new Set<string>();
  let at = id;
  while (at !== root) {
    const into = parents.get(at);
    if (!into || into.length !== 1 || seen.has(at)) return undefined;
    seen.add(at);
    path.unshift(into[0]!);
    at = into[0]!.node;
  }
  return path;
}
