import { withoutInlineCode } from './document.ts';
import type { BodyRule, RuleProblem } from './types.ts';

/** zh text addresses the reader as 您, as ACK's own Chinese documentation does (GLOSSARY.md, Register). */
export const zhRegister: BodyRule = {
  id: 'zh-register',
  description: 'Chinese entries address the reader as 您, never 你.',
  check({ locale, source, blocks }) {
    if (locale !== 'zh') return [];
    const problems: RuleProblem[] = [];
    const inCode = new Set<number>();
    const lines = source.split('\n');
    for (const b of blocks) {
      let end = b.line;
      while (end < lines.length && !(end > b.line && /^\s*(`{3,}|~{3,})/.test(lines[end - 1]!))) end++;
      for (let l = b.line; l <= end; l++) inCode.add(l);
    }
    lines.forEach((text, i) => {
      if (inCode.has(i + 1)) return;
      const col = withoutInlineCode(text).indexOf('你');
      if (col !== -1) {
        problems.push({
          line: i + 1,
          message: `expected the reader addressed as 您, found "${text.slice(Math.max(0, col - 8), col + 8).trim()}"`,
        });
      }
    });
    return problems;
  },
};
