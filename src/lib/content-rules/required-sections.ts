import { requiredSections } from '../../schemas/sections.ts';
import type { FileRule, RuleProblem } from './types.ts';

/** Each kind has its sections, in order, once each. */
export const requiredSectionsRule: FileRule = {
  id: 'required-sections',
  description: 'Troubleshooting entries have Symptom, Cause, Solution in that order; how-tos have Steps; no section twice.',
  check({ data, headings }) {
    const problems: RuleProblem[] = [];
    const present = headings.filter((h) => h.depth === 2).map((h) => h.anchor);
    const required: readonly string[] = requiredSections[data.kind];
    const order = present.filter((a) => required.includes(a));
    const missing = required.filter((s) => !present.includes(s));
    if (missing.length) {
      problems.push({
        message: `expected a ${data.kind} entry to have the sections ${required.join(', ')}, found none for ${missing.join(', ')}`,
      });
    } else if (order.join() !== required.join()) {
      problems.push({ message: `expected the sections in the order ${required.join(', ')}, found ${order.join(', ')}` });
    }
    const dupes = present.filter((a, i) => present.indexOf(a) !== i);
    if (dupes.length) problems.push({ message: `expected each section once, found "${dupes[0]}" more than once` });
    return problems;
  },
};
