import { describe, expect, it } from 'vitest';
import { requiredSectionsRule } from '../../../../src/lib/content-rules/required-sections.ts';
import { entry } from './entry.ts';

describe('required-sections', () => {
  it('counts only ## headings as sections, so steps numbered again under another section are no duplicate', () => {
    const ctx = entry('## Symptom\n\nx\n\n## Cause\n\nx\n\n## Solution\n\n### a\n\n## Steps\n\n### b\n\n## Verify');
    expect(ctx.headings.filter((h) => h.depth === 3).map((h) => h.anchor)).toEqual(['step-1', 'step-1']);
    expect(requiredSectionsRule.check(ctx)).toEqual([]);
  });
});
