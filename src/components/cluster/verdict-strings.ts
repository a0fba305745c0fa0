import type { Locale } from '../../i18n/locales.ts';
import { dictionaries, t, type UiKey } from '../../i18n/ui/index.ts';
import { clusterParams } from '../../lib/applicability.ts';
import { modeKeys, modeValues } from '../../schemas/modes.ts';
import { plugins } from '../../schemas/plugin.ts';
import { versionedComponentNames } from '../../schemas/versions.ts';
import type { VerdictStrings } from './verdicts.ts';

/** The strings verdicts.ts needs, for one locale (served as `/{lang}/verdict-strings.json`). */
export function verdictStrings(locale: Locale): VerdictStrings {
  const labels: Record<string, string> = { ...versionedComponentNames };
  for (const p of plugins) labels[p] = t(locale, `plugin.${p}`);
  for (const m of modeKeys) for (const v of modeValues[m]) labels[v] = t(locale, `mode.${v}`);
  const fields: Record<string, string> = {};
  for (const key of clusterParams) fields[key] = t(locale, `cluster.${key}` as UiKey);
  const range = (op: string) => t(locale, `applies.range.${op}` as UiKey);
  return {
    yes: t(locale, 'applies.yes'),
    no: t(locale, 'applies.no'),
    fixed: t(locale, 'applies.fixed'),
    maybe: t(locale, 'applies.maybe'),
    why: {
      plugin: t(locale, 'applies.why.plugin'),
      version: t(locale, 'applies.why.version'),
      fixed: t(locale, 'applies.why.fixed'),
      mode: t(locale, 'applies.why.mode'),
    },
    unchecked: t(locale, 'applies.unchecked'),
    sep: t(locale, 'applies.listSep'),
    stepOff: t(locale, 'applies.stepOff'),
    labels,
    fields,
    range: {
      '<': range('lt'),
      '<=': range('le'),
      '>': range('gt'),
      '>=': range('ge'),
      '=': range('eq'),
      and: range('and'),
      or: range('or'),
    },
    badgeNo: t(locale, 'applies.badgeNo'),
    badgeFixed: t(locale, 'applies.badgeFixed'),
    // Both forms ("one|other"): the count is known only in the page. t() would pick one for no count.
    hidden: dictionaries[locale]['applies.hidden'],
  };
}

/** An entry's rules as `data-rules` carries them. */
export function rulesAttr(data: { plugin: readonly string[]; versions: object; versionMatch: string; modes: object }): string {
  return JSON.stringify({ plugin: data.plugin, versions: data.versions, versionMatch: data.versionMatch, modes: data.modes });
}
