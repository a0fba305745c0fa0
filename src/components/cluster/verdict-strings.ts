import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui/index.ts';
import { modeKeys, modeValues } from '../../schemas/modes.ts';
import { plugins } from '../../schemas/plugin.ts';
import { versionedComponentNames } from '../../schemas/versions.ts';
import type { VerdictStrings } from './verdicts.ts';

/** The strings verdicts.ts needs, for one locale (serialised into data-* by components). */
export function verdictStrings(locale: Locale): VerdictStrings {
  const labels: Record<string, string> = { ...versionedComponentNames };
  for (const p of plugins) labels[p] = t(locale, `plugin.${p}`);
  for (const m of modeKeys) {
    labels[m] = t(locale, `cluster.${m}`);
    for (const v of modeValues[m]) labels[v] = t(locale, `mode.${v}`);
  }
  return {
    yes: t(locale, 'applies.yes'),
    no: t(locale, 'applies.no'),
    fixed: t(locale, 'applies.fixed'),
    why: {
      plugin: t(locale, 'applies.why.plugin'),
      version: t(locale, 'applies.why.version'),
      fixed: t(locale, 'applies.why.fixed'),
      mode: t(locale, 'applies.why.mode'),
    },
    unchecked: t(locale, 'applies.unchecked'),
    labels,
    badgeNo: t(locale, 'applies.badgeNo'),
    badgeFixed: t(locale, 'applies.badgeFixed'),
    hidden: t(locale, 'applies.hidden'),
  };
}

/** An entry's rules as `data-rules` carries them. */
export function rulesAttr(data: { plugin: readonly string[]; versions: object; versionMatch: string; modes: object }): string {
  return JSON.stringify({ plugin: data.plugin, versions: data.versions, versionMatch: data.versionMatch, modes: data.modes });
}
