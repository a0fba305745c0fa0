import { describe, expect, it } from 'vitest';
import { reviewedDate } from '../../../../src/lib/content-rules/reviewed-date.ts';
import { entry, OUTLINE } from './entry.ts';

describe('reviewed-date', () => {
  it('asks an entry without a review date for one, at the updated line', () => {
    expect(reviewedDate.check(entry(OUTLINE, { fields: { reviewed: undefined } }))).toEqual([
      {
        line: 12,
        field: 'reviewed',
        message: 'expected the date of the last review (on or after updated, 2026-11-21), found none',
      },
    ]);
  });
});
