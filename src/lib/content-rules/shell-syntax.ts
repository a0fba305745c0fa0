import { LangVariant, parse } from 'sh-syntax';
import { copiedText, fillPlaceholders, isInput, shellLanguages } from './document.ts';
import type { BodyRule, RuleProblem } from './types.ts';

interface ShellSyntaxError {
  Text?: string;
  Pos?: { Line?: number };
}

/** Shell blocks parse with a real bash parser (mvdan/sh), placeholders filled, as the reader pastes them. */
export const shellSyntax: BodyRule = {
  id: 'shell-syntax',
  description: 'bash/shell blocks parse with a real shell parser (mvdan/sh) once placeholders are filled.',
  async check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if (!shellLanguages.has(block.lang) || !isInput(block)) continue;
      const { text, lines } = copiedText(block);
      try {
        // Stryker disable next-line ObjectLiteral: sh-syntax parses as bash when given no variant, so {} behaves the same.
        await parse(fillPlaceholders(text), { variant: LangVariant.LangBash });
      } catch (error) {
        const e = error as ShellSyntaxError;
        const row = (e.Pos?.Line ?? 1) - 1;
        problems.push({
          line: lines[row] ?? block.line,
          message: `expected a command bash can parse, found a syntax error: ${e.Text ?? String(error)}`,
        });
      }
    }
    return problems;
  },
};
