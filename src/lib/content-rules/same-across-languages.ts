import { localeKeys, type Locale } from '../../i18n/locales.ts';
import { languageNeutralFields } from '../../schemas/entry.ts';
import { describeValue } from '../errors.ts';
import type { FileContext, TreeProblem, TreeRule } from './types.ts';

/** Compares two language-neutral values, ignoring list order and key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map(canonical).sort());
  if (value && typeof value === 'object') {
    return JSON.stringify(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return JSON.stringify(value);
}

/**
 * Files of one entry (or triage node) whose value differs from the others. The value most
 * files share is taken as intended (so the odd one out is named); with no
 * majority, English is the reference.
 */
export function disagreements<F extends { readonly locale: Locale }>(
  files: readonly F[],
  key: (f: F) => string,
): { file: F; reference: F }[] {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  // No file, one file, or all files alike.
  if (counts.size < 2) return [];
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const reference =
    topCount > files.length / 2 ? files.find((f) => key(f) === top)! : (files.find((f) => f.locale === 'en') ?? files[0]!);
  return files.filter((f) => key(f) !== key(reference)).map((file) => ({ file, reference }));
}

/** The checked files of each entry id, in locale order. */
export function byEntry(files: readonly FileContext[]): FileContext[][] {
  const ids = [...new Set(files.map((f) => f.id))];
  return ids.map((id) =>
    localeKeys.map((l) => files.find((f) => f.id === id && f.locale === l)).filter((f): f is FileContext => f !== undefined),
  );
}

/** For two lists, what one has that the other lacks, so a long list's difference is readable. */
export function listDifference(expected: unknown, found: unknown): string {
  if (!Array.isArray(expected) || !Array.isArray(found)) return '';
  const missing = expected.filter((v) => !found.some((f) => canonical(f) === canonical(v)));
  const extra = found.filter((v) => !expected.some((e) => canonical(e) === canonical(v)));
  const parts = [
    ...(missing.length ? [`missing ${missing.map((v) => JSON.stringify(v)).join(', ')}`] : []),
    ...(extra.length ? [`extra ${extra.map((v) => JSON.stringify(v)).join(', ')}`] : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** Language-neutral frontmatter is identical in every language of an entry. */
export const neutralFields: TreeRule = {
  id: 'neutral-fields',
  description: 'kind, plugin, components, errors, versions, modes, related, aliases… are the same in zh, ja and en.',
  check({ files }) {
    const problems: TreeProblem[] = [];
    for (const versions of byEntry(files)) {
      for (const field of languageNeutralFields) {
        for (const { file, reference } of disagreements(versions, (f) => canonical(f.data[field]))) {
          problems.push({
            file: file.file,
            field,
            message: `expected the same value as ${reference.file} (${describeValue(reference.data[field])}), found ${describeValue(file.data[field])}${listDifference(reference.data[field], file.data[field])}`,
          });
        }
      }
    }
    return problems;
  },
};

/** The three languages have the same headings in the same order, so a #fragment works in each. */
export const sameHeadings: TreeRule = {
  id: 'same-headings',
  description: 'The zh, ja and en files of an entry have the same section and step anchors in the same order.',
  check({ files }) {
    const anchors = (f: FileContext) => f.headings.map((h) => h.anchor).join(' ') || 'none';
    return byEntry(files).flatMap((versions) =>
      disagreements(versions, anchors).map(({ file, reference }) => ({
        file: file.file,
        message: `expected the same headings as ${reference.file} (anchors: ${anchors(reference)}), found anchors: ${anchors(file)}`,
      })),
    );
  },
};
