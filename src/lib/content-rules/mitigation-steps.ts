import type { FileRule } from './types.ts';

/** `mitigationSteps` leaves at least one lasting-fix step after the mitigation steps of a troubleshooting Solution. */
export const mitigationSteps: FileRule = {
  id: 'mitigation-steps',
  description: 'mitigationSteps is only on troubleshooting entries and leaves at least one fix step after it.',
  check({ data, headings, keyLines }) {
    const n = data.mitigationSteps;
    if (n === undefined) return [];
    const line = keyLines.get('mitigationSteps');
    if (data.kind !== 'troubleshooting') {
      return [
        {
          line,
          field: 'mitigationSteps',
          message: `expected mitigationSteps only on a troubleshooting entry, found it on a ${data.kind} entry`,
        },
      ];
    }
    // The outline numbers exactly the step-N headings, those under Solution (or Steps).
    const steps = headings.filter((h) => h.step !== undefined).length;
    if (n >= steps) {
      return [
        {
          line,
          field: 'mitigationSteps',
          message: `expected fewer mitigation steps than Solution steps (${steps}), so at least one lasting fix follows, found ${n}`,
        },
      ];
    }
    return [];
  },
};
