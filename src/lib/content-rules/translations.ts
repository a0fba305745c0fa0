import { localeKeys } from '../../i18n/locales.ts';
import type { TreeProblem, TreeRule } from './types.ts';

/** Every entry exists in every language. */
export const translations: TreeRule = {
  id: 'translations',
  description: 'Every entry id has a file in zh, ja and en.',
  check({ present }) {
    const problems: TreeProblem[] = [];
    for (const [id, perLocale] of present) {
      const anyFile = [...perLocale.values()][0]!;
      for (const locale of localeKeys) {
        if (!perLocale.has(locale)) {
          problems.push({
            file: anyFile,
            field: 'id',
            message: `expected a "${locale}" translation of "${id}" at faq/${locale}/${id}.mdx, found none`,
          });
        }
      }
    }
    return problems;
  },
};
