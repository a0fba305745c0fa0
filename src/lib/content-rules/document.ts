import { parseCodeMeta, type CodeMeta } from '../../markdown/code-meta.ts';
import { readCodeText } from '../../markdown/code-text.ts';
import type { Block, ProseLine } from './types.ts';

/**
 * Splits an entry body into fenced blocks and prose lines, each located by
 * its 1-based line in the file, so every rule reports the same positions.
 */
export function readDocument(body: string, bodyLine: number): { blocks: Block[]; prose: ProseLine[] } {
  const blocks: Block[] = [];
  const prose: ProseLine[] = [];
  const lines = body.split('\n');
  let regionStart = bodyLine;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(raw);
    if (!open) {
      if (/^#{2,3}\s/.test(raw)) regionStart = bodyLine + i;
      prose.push({ line: bodyLine + i, text: raw });
      continue;
    }
    const [, indent, fence, lang, metaText] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence!)) end++;
    const source = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
      .join('\n');
    let meta: CodeMeta | undefined;
    let metaError: string | undefined;
    try {
      meta = parseCodeMeta(metaText);
    } catch (error) {
      metaError = (error as Error).message;
    }
    blocks.push({ line: bodyLine + i, lang: lang!, meta, metaError, source, regionStart });
    i = end;
  }
  return { blocks, prose };
}

/** A block's runnable text: diff markers applied (removed lines dropped), as a reader's copy gives it. */
export function copiedText(block: Block): { text: string; lines: number[] } {
  const { code } = readCodeText(block.source, TEXT_ONLY);
  const kept: string[] = [];
  const lines: number[] = [];
  code.text.split('\n').forEach((text, i) => {
    if (code.marks[i] === 'del') return;
    kept.push(text);
    lines.push(block.line + 1 + i);
  });
  return { text: kept.join('\n'), lines };
}

/**
 * Options for reading only a block's text and diff marks: language, output and
 * placeholders decide which problems readCodeText reports, never the text or
 * the marks, so copiedText leaves those checks to the code-conventions rule.
 */
const TEXT_ONLY = { lang: '', output: true, placeholders: [] };

/** Replaces `<name>` placeholders with a plain word, so parsers see a value instead of a redirection or a tag. */
export function fillPlaceholders(text: string): string {
  return text.replace(/<([a-z][a-z0-9]*(?:-[a-z0-9]+)*)>/g, (_, name: string) => `${FILLED}${name}`);
}

/** Prefix of a filled placeholder, so rules can tell a filled value from a written one. */
export const FILLED = 'kbfill-';

/** The block is something the reader runs or applies (not expected output). */
export function isInput(block: Block): boolean {
  return block.meta !== undefined && !block.meta.output;
}

/** Shell languages whose blocks are commands. */
export const shellLanguages = new Set(['bash', 'shell']);

/** Prose with inline code spans blanked out (same length, so columns stay). */
export function withoutInlineCode(text: string): string {
  return text.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
}

/** Groups consecutive non-blank prose lines into paragraphs (list items and quotes included). */
export function paragraphs(prose: readonly ProseLine[]): ProseLine[][] {
  const out: ProseLine[][] = [];
  let current: ProseLine[] = [];
  for (const p of prose) {
    const blank = p.text.trim() === '' || /^#{1,6}\s/.test(p.text);
    // A blank line empties current, so its last line is always the prose line just before p.
    const previous = current.at(-1);
    if (blank || (previous && p.line !== previous.line + 1)) {
      if (current.length) out.push(current);
      current = [];
    }
    if (!blank) current.push(p);
  }
  if (current.length) out.push(current);
  return out;
}
