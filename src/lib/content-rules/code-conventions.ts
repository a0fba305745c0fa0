import { codeLanguages } from '../../markdown/code-meta.ts';
import { readCodeText } from '../../markdown/code-text.ts';
import type { BodyRule, RuleProblem } from './types.ts';

/** Every fenced block names a known language, valid options, declared placeholders and no shell prompt. */
export const codeConventions: BodyRule = {
  id: 'code-conventions',
  description: 'Fenced blocks name their language, parse their options, declare their placeholders and carry no prompt.',
  check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      // No language is the empty string, which is not in the list either.
      if (!(codeLanguages as readonly string[]).includes(block.lang)) {
        problems.push({
          line: block.line,
          message: `expected a fenced code block with a language (${codeLanguages.join(', ')}), found ${block.lang ? `"${block.lang}"` : 'none'}`,
        });
        continue;
      }
      if (!block.meta) {
        problems.push({ line: block.line, message: block.metaError! });
        continue;
      }
      const { problems: found } = readCodeText(block.source, {
        lang: block.lang,
        output: block.meta.output,
        placeholders: block.meta.placeholders,
      });
      for (const p of found) problems.push({ line: block.line + 1 + p.line, message: p.message });
    }
    return problems;
  },
};
