import { isNoteLine, isWarningLine, labelExample } from './labels.ts';
import type { BodyRule, RuleProblem } from './types.ts';

/** Every blockquote opens with its bold label, so warnings are told apart from notes at a glance. */
export const blockquoteLabel: BodyRule = {
  id: 'blockquote-label',
  description: 'Each blockquote starts with a bold Warning or Note label in the entry language.',
  check({ locale, prose }) {
    const problems: RuleProblem[] = [];
    let previousWasQuote = false;
    for (const p of prose) {
      const quote = /^\s*>/.test(p.text);
      if (quote && !previousWasQuote && !isWarningLine(locale, p.text) && !isNoteLine(locale, p.text)) {
        problems.push({
          line: p.line,
          message: `expected a blockquote to start with a bold label (${labelExample(locale, 'warning')} or ${labelExample(locale, 'note')}), found "${p.text.trim().slice(0, 40)}"`,
        });
      }
      previousWasQuote = quote;
    }
    return problems;
  },
};
