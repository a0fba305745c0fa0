// A plain value, free of Zod, so browser code and URL helpers can import it (triage.ts holds the schema).

/** The root node of every triage tree (`start.mdx`): the only node no answer leads to, served at the tree's own URL. */
export const TRIAGE_ROOT = 'start';
