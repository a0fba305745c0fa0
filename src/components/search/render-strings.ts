import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui/index.ts';
import { plugins } from '../../schemas/plugin.ts';
import type { RenderStrings } from './render.ts';

/** The strings render.ts needs, for one locale (serialised into data-* by the components that render hits). */
export function renderStrings(locale: Locale): RenderStrings {
  return {
    knownError: t(locale, 'search.knownError'),
    plugins: Object.fromEntries(plugins.map((p) => [p, t(locale, `plugin.${p}`)])),
  };
}
