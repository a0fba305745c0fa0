// Rules that compare frontmatter with itself or with the outline.
import { describe, expect, it } from 'vitest';
import { mitigationSteps } from '../../../../src/lib/content-rules/mitigation-steps.ts';
import { requiredSectionsRule } from '../../../../src/lib/content-rules/required-sections.ts';
import { reviewedDate } from '../../../../src/lib/content-rules/reviewed-date.ts';
import { troubleshootingErrors } from '../../../../src/lib/content-rules/troubleshooting-errors.ts';
import { entry, OUTLINE } from './entry.ts';

const HOWTO = { kind: 'howto', symptom: undefined, cause: undefined, errors: '[]' };

describe('troubleshooting-errors', () => {
  it('asks a troubleshooting entry without errors for them, at the kind line', () => {
    expect(troubleshootingErrors.check(entry(OUTLINE, { fields: { errors: '[]' } }))).toEqual([
      {
        line: 4,
        field: 'errors',
        message: 'expected a troubleshooting entry to list the literal messages readers paste (errors: […]), found none',
      },
    ]);
    expect(troubleshootingErrors.check(entry(OUTLINE, { fields: { errors: undefined } }))).toHaveLength(1);
  });
  it('accepts one error, and other kinds without any', () => {
    expect(troubleshootingErrors.check(entry(OUTLINE, { fields: { errors: "['x']" } }))).toEqual([]);
    expect(troubleshootingErrors.check(entry('## Steps\n\n### a', { fields: HOWTO }))).toEqual([]);
  });
});

const solution = (steps: number, extra = '') =>
  `## Symptom\n\nx\n\n## Cause\n\nx\n\n## Solution\n\n${Array.from({ length: steps }, (_, i) => `### S${i + 1}\n\nx\n\n`).join('')}## Verify\n\n### V1\n\n### V2\n${extra}`;

describe('mitigation-steps', () => {
  const line = 15; // after the thirteen frontmatter lines written by entry()
  it('accepts fewer mitigation steps than Solution steps, and entries without any', () => {
    expect(mitigationSteps.check(entry(solution(3), { fields: { mitigationSteps: '2' } }))).toEqual([]);
    expect(mitigationSteps.check(entry(solution(1)))).toEqual([]);
  });
  it('needs one lasting fix step after them, counting only numbered steps', async () => {
    expect(mitigationSteps.check(entry(solution(2), { fields: { mitigationSteps: '2' } }))).toEqual([
      {
        line,
        field: 'mitigationSteps',
        message: 'expected fewer mitigation steps than Solution steps (2), so at least one lasting fix follows, found 2',
      },
    ]);
    expect((await mitigationSteps.check(entry(solution(1), { fields: { mitigationSteps: '3' } })))[0]?.message).toBe(
      'expected fewer mitigation steps than Solution steps (1), so at least one lasting fix follows, found 3',
    );
  });
  it('allows them only on troubleshooting entries', () => {
    expect(
      mitigationSteps.check(entry('## Steps\n\n### a\n\n### b\n\n### c', { fields: { ...HOWTO, mitigationSteps: '1' } })),
    ).toEqual([
      {
        line: 13,
        field: 'mitigationSteps',
        message: 'expected mitigationSteps only on a troubleshooting entry, found it on a howto entry',
      },
    ]);
  });
});

describe('reviewed-date', () => {
  it('accepts a review on or after the last change', () => {
    expect(reviewedDate.check(entry(OUTLINE, { fields: { reviewed: '2026-11-21' } }))).toEqual([]);
    expect(reviewedDate.check(entry(OUTLINE, { fields: { reviewed: '2026-11-22' } }))).toEqual([]);
  });
  it('reports a review before the last change at the reviewed line, with both dates', () => {
    expect(reviewedDate.check(entry(OUTLINE, { fields: { reviewed: '2026-11-20' } }))).toEqual([
      {
        line: 13,
        field: 'reviewed',
        message: 'expected a review on or after the last change of facts (updated 2026-11-21), found 2026-11-20',
      },
    ]);
  });
});

describe('required-sections', () => {
  it('accepts each kind’s sections in order, with other sections between', () => {
    expect(requiredSectionsRule.check(entry(`## Overview\n\nx\n\n${OUTLINE}\n\n## Notes\n\nx`))).toEqual([]);
    expect(requiredSectionsRule.check(entry('## Steps\n\n### a\n\n## Notes', { fields: HOWTO }))).toEqual([]);
    expect(requiredSectionsRule.check(entry('## Details\n\nx', { fields: { ...HOWTO, kind: 'concept' } }))).toEqual([]);
  });
  it('names the missing sections', () => {
    expect(requiredSectionsRule.check(entry('## Cause\n\nx\n\n## Verify'))).toEqual([
      {
        message:
          'expected a troubleshooting entry to have the sections symptom, cause, solution, found none for symptom, solution',
      },
    ]);
    expect(requiredSectionsRule.check(entry('## Overview', { fields: HOWTO }))).toEqual([
      { message: 'expected a howto entry to have the sections steps, found none for steps' },
    ]);
  });
  it('reports sections out of order, ignoring ### steps', () => {
    expect(requiredSectionsRule.check(entry('## Cause\n\n## Solution\n\n### a\n\n## Symptom'))).toEqual([
      { message: 'expected the sections in the order symptom, cause, solution, found cause, solution, symptom' },
    ]);
  });
  it('reports the first section that appears twice, besides the order', () => {
    expect(requiredSectionsRule.check(entry(`${OUTLINE}\n\n## Notes\n\n## Notes\n\n## Verify`))).toEqual([
      { message: 'expected each section once, found "notes" more than once' },
    ]);
    expect(requiredSectionsRule.check(entry(`## Symptom\n\n## Cause\n\n## Symptom\n\n## Solution`))).toEqual([
      { message: 'expected the sections in the order symptom, cause, solution, found symptom, cause, symptom, solution' },
      { message: 'expected each section once, found "symptom" more than once' },
    ]);
  });
});
