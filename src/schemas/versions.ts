import { z } from 'astro/zod';
import { parseRange, RangeSyntaxError } from '../lib/versions.ts';

import { versionedComponents } from './versioned-components.ts';

export { versionedComponentNames, versionedComponents, type VersionedComponent } from './versioned-components.ts';

/** A range string that must parse (see `src/lib/versions.ts` for the grammar). */
export const rangeSchema = z.string().superRefine((value, ctx) => {
  try {
    parseRange(value);
  } catch (error) {
    if (!(error instanceof RangeSyntaxError)) throw error;
    ctx.addIssue({ code: 'custom', message: `expected ${error.message}` });
  }
});

/**
 * `versions:` in frontmatter: the versions an entry applies to, per component,
 * e.g. `{ terway: ">=1.2.0", kubernetes: ">=1.18" }`. Empty means "any version".
 */
export const versionsSchema = z.partialRecord(z.enum(versionedComponents), rangeSchema);

/** The parsed `versions:` map. */
export type Versions = z.infer<typeof versionsSchema>;
