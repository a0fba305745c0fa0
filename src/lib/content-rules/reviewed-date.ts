import type { FileRule } from './types.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Every change of facts gets a second read: `reviewed` is never earlier than `updated`. */
export const reviewedDate: FileRule = {
  id: 'reviewed-date',
  description: 'An entry carries a reviewed date no earlier than its updated date.',
  check({ data, keyLines }) {
    if (!data.reviewed) {
      return [
        {
          line: keyLines.get('updated'),
          field: 'reviewed',
          message: `expected the date of the last review (on or after updated, ${day(data.updated)}), found none`,
        },
      ];
    }
    if (data.reviewed.getTime() < data.updated.getTime()) {
      return [
        {
          line: keyLines.get('reviewed'),
          field: 'reviewed',
          message: `expected a review on or after the last change of facts (updated ${day(data.updated)}), found ${day(data.reviewed)}`,
        },
      ];
    }
    return [];
  },
};
