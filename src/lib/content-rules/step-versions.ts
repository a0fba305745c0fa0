import type { FileRule, RuleProblem } from './types.ts';

/** `stepVersions` names steps the entry has: a mark on a step that does not exist would never show. */
export const stepVersions: FileRule = {
  id: 'step-versions',
  description: 'stepVersions names existing numbered steps of Solution or Steps.',
  check({ data, headings, keyLines }) {
    const anchors = headings.filter((h) => h.step !== undefined).map((h) => h.anchor);
    const problems: RuleProblem[] = [];
    for (const step of Object.keys(data.stepVersions)) {
      if (!anchors.includes(step)) {
        problems.push({
          line: keyLines.get('stepVersions'),
          field: `stepVersions.${step}`,
          message: `expected the anchor of a numbered step of this entry (${anchors.join(', ') || 'none'}), found "${step}"`,
        });
      }
    }
    return problems;
  },
};
