import { parseAllDocuments } from 'yaml';
import { copiedText, fillPlaceholders, isInput } from './document.ts';
import type { Block, BodyRule, RuleProblem } from './types.ts';

/** A YAML or JSON block as the reader applies it: parsed documents, or the parse problem. */
export function parseStructured(block: Block): { docs: unknown[]; problem?: RuleProblem } {
  const { text, lines } = copiedText(block);
  const filled = fillPlaceholders(text);
  if (block.lang === 'json') {
    try {
      return { docs: [JSON.parse(filled)] };
    } catch (error) {
      const pos = /position (\d+)/.exec((error as Error).message)?.[1];
      const row = pos === undefined ? 0 : filled.slice(0, Number(pos)).split('\n').length - 1;
      return {
        docs: [],
        problem: {
          line: lines[row] ?? block.line,
          message: `expected JSON that parses once diff markers are applied, found: ${(error as Error).message}`,
        },
      };
    }
  }
  const docs = parseAllDocuments(filled, { prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const offset = error.pos[0];
      const row = filled.slice(0, offset).split('\n').length - 1;
      return {
        docs: [],
        problem: {
          line: lines[row] ?? block.line,
          message: `expected YAML that parses once diff markers are applied and placeholders filled, found: ${error.message.split('\n')[0]}`,
        },
      };
    }
  }
  return { docs: list.map((d) => d.toJS()) };
}

/** JSON held in a ConfigMap's data (eni_conf, 10-flannel.conflist…) must parse too. */
function embeddedJson(doc: unknown): string[] {
  const found: string[] = [];
  // Only whole objects: an excerpt may elide the JSON it does not change with "...".
  const o = doc as { data?: unknown; apiVersion?: unknown; kind?: unknown } | null;
  if (!o || o.apiVersion === undefined || o.kind === undefined) return found;
  const data = o.data;
  if (!data || typeof data !== 'object') return found;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (!(trimmed.startsWith('{') && trimmed.endsWith('}'))) continue;
    try {
      JSON.parse(trimmed);
    } catch (error) {
      found.push(`expected data.${key} to hold JSON that parses, found: ${(error as Error).message}`);
    }
  }
  return found;
}

/** YAML and JSON blocks the reader applies parse, and so does JSON inside ConfigMap data. */
export const structuredBlocks: BodyRule = {
  id: 'structured-blocks',
  description: 'YAML and JSON blocks parse as the reader copies them (diff applied, placeholders filled).',
  check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if ((block.lang !== 'yaml' && block.lang !== 'json') || !isInput(block)) continue;
      const { docs, problem } = parseStructured(block);
      if (problem) problems.push(problem);
      for (const doc of docs) for (const message of embeddedJson(doc)) problems.push({ line: block.line, message });
    }
    return problems;
  },
};
