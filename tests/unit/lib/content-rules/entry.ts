// Builds the context a content rule sees from an MDX body and frontmatter, through the real reader.
import type { Locale } from '../../../../src/i18n/locales.ts';
import { readEntryFile } from '../../../../src/lib/content-check.ts';
import type { Block, FileContext } from '../../../../src/lib/content-rules/types.ts';

/** Frontmatter lines of a valid troubleshooting entry; `fields` replaces or adds lines by key. */
export function frontmatter(fields: Record<string, string | undefined> = {}): string {
  const base: Record<string, string | undefined> = {
    title: "'Sample entry'",
    summary: "'A one-line summary.'",
    kind: 'troubleshooting',
    plugin: '[terway]',
    components: '[eni, vswitch]',
    symptom: "'Pods stay in ContainerCreating.'",
    cause: "'The vSwitch has no free IP addresses.'",
    errors: "['InvalidVSwitchId.IpNotEnough']",
    related: '[]',
    aliases: '[]',
    updated: '2026-11-21',
    reviewed: '2026-11-30',
    sources: "[{ id: ack-faq-ja, section: 'Sample' }]",
    ...fields,
  };
  return Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** The standard troubleshooting outline, for rules that look at something else. */
export const OUTLINE = '## Symptom\n\nText.\n\n## Cause\n\nText.\n\n## Solution\n\n### One\n\nText.\n\n## Verify\n\nText.';

/** The file context of `faq/<locale>/<id>.mdx` with this body; throws when the reader reports a problem. */
export function entry(
  body: string,
  {
    locale = 'en',
    id = 'alpha',
    fields = {},
  }: { locale?: Locale; id?: string; fields?: Record<string, string | undefined> } = {},
): FileContext {
  const file = `faq/${locale}/${id}.mdx`;
  const read = readEntryFile(file, locale, id, `---\n${frontmatter(fields)}\n---\n${body}`);
  if (!read.file || read.problems.length) throw new Error(`fixture has problems: ${JSON.stringify(read.problems)}`);
  return read.file;
}

/** Lines of the frontmatter written by `entry` (so expected line numbers read as arithmetic). */
export const frontmatterLines = (fields: Record<string, string | undefined> = {}) => frontmatter(fields).split('\n').length;

/** A fenced block for block rules: YAML, fence on file line `line` (20 unless given), no options. */
export const block = (source: string, b: Partial<Block> = {}): Block => ({
  line: 20,
  lang: 'yaml',
  meta: { output: false, placeholders: [] },
  metaError: undefined,
  source,
  regionStart: 1,
  ...b,
});
