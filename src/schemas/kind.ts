import { z } from 'astro/zod';

/**
 * What sort of answer an entry is. `troubleshooting` entries describe a failure
 * (and must state its symptom and cause); `howto` entries walk through a task;
 * `concept` entries explain how something works or how to choose.
 */
export const kinds = ['troubleshooting', 'howto', 'concept'] as const;

/** One entry kind. */
export type Kind = (typeof kinds)[number];

/** `kind:` in frontmatter. */
export const kindSchema = z.enum(kinds);
