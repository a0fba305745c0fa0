/**
 * The sections an entry body may have, as `##` headings. Each has a localized
 * title (`section.<id>` in the UI dictionaries) and a language-neutral anchor,
 * so `#cause` works in every language. `###` headings inside `solution` or
 * `steps` are the numbered steps (`#step-1`, `#step-2`, …); elsewhere they are
 * `#<section>-1`, `#<section>-2`, ….
 */
export const sections = ['overview', 'symptom', 'cause', 'solution', 'steps', 'verify', 'details', 'notes'] as const;

/** One section id (also its anchor). */
export type SectionId = (typeof sections)[number];

/** Sections whose `###` headings are numbered steps. */
export const stepSections: readonly SectionId[] = ['solution', 'steps'];

/** Sections each kind must have, in this order. */
export const requiredSections = {
  troubleshooting: ['symptom', 'cause', 'solution'],
  howto: ['steps'],
  concept: [],
} as const satisfies Record<string, readonly SectionId[]>;

/** Anchor of the n-th (1-based) `###` heading inside a section. */
export function subheadingAnchor(section: SectionId, n: number): string {
  return stepSections.includes(section) ? `step-${n}` : `${section}-${n}`;
}
