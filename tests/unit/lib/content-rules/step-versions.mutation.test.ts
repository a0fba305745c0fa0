import { describe, expect, it } from 'vitest';
import { stepVersions } from '../../../../src/lib/content-rules/step-versions.ts';
import type { RuleProblem } from '../../../../src/lib/content-rules/types.ts';
import { entry, frontmatterLines } from './entry.ts';

const BODY = '## Symptom\n\n### s\n\n## Cause\n\n## Solution\n\n### a\n\n### b\n\n## Verify\n\n### v';

describe('step-versions', () => {
  it('accepts an entry without stepVersions, and one that names its own steps', () => {
    expect(stepVersions.check(entry(BODY))).toEqual([]);
    expect(
      stepVersions.check(
        entry(BODY, { fields: { stepVersions: "{ step-1: { kubernetes: '>=1.18' }, step-2: { kubernetes: '<1.18' } }" } }),
      ),
    ).toEqual([]);
  });
  it('names each step that does not exist, at the field, listing the steps there are (numbered steps only)', () => {
    const fields = {
      stepVersions: "{ step-3: { kubernetes: '>=1.18' }, step-1: { terway: '>=1.11.0' }, step-9: { terway: '<1.11.0' } }",
    };
    // Added after the base keys: the last frontmatter line, below the opening "---".
    const line = frontmatterLines(fields) + 1;
    expect(stepVersions.check(entry(BODY, { fields }))).toEqual([
      {
        line,
        field: 'stepVersions.step-3',
        message: 'expected the anchor of a numbered step of this entry (step-1, step-2), found "step-3"',
      },
      {
        line,
        field: 'stepVersions.step-9',
        message: 'expected the anchor of a numbered step of this entry (step-1, step-2), found "step-9"',
      },
    ]);
  });
  it('says "none" when the entry has no numbered step', () => {
    const fields = { stepVersions: "{ step-1: { kubernetes: '>=1.18' } }" };
    const [problem] = stepVersions.check(entry('## Symptom\n\n## Cause\n\n## Solution\n\nText.', { fields })) as RuleProblem[];
    expect(problem?.message).toBe('expected the anchor of a numbered step of this entry (none), found "step-1"');
  });
});
