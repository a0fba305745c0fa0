import { describe, expect, it } from 'vitest';
import { mitigationSteps } from '../../../../src/lib/content-rules/mitigation-steps.ts';
import { entry } from './entry.ts';

const HOWTO = { kind: 'howto', symptom: undefined, cause: undefined, errors: '[]' };

describe('mitigation-steps', () => {
  it('says nothing about an entry of another kind that does not set mitigationSteps', () => {
    expect(mitigationSteps.check(entry('## Steps\n\n### a', { fields: HOWTO }))).toEqual([]);
    expect(mitigationSteps.check(entry('## Details\n\nx', { fields: { ...HOWTO, kind: 'concept' } }))).toEqual([]);
  });
  it('counts the numbered steps of Solution, not the other ### headings', () => {
    const body = '## Symptom\n\n### s\n\n## Cause\n\n## Solution\n\n### a\n\n### b\n\n## Verify\n\n### v\n\n### w';
    expect(mitigationSteps.check(entry(body, { fields: { mitigationSteps: '1' } }))).toEqual([]);
    expect(mitigationSteps.check(entry(body, { fields: { mitigationSteps: '2' } }))).toEqual([
      {
        line: 15,
        field: 'mitigationSteps',
        message: 'expected fewer mitigation steps than Solution steps (2), so at least one lasting fix follows, found 2',
      },
    ]);
  });
});
