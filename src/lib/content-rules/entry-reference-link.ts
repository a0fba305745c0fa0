import type { Locale } from '../../i18n/locales.ts';
import { paragraphs, withoutInlineCode } from './document.ts';
import type { FileRule, RuleProblem } from './types.ts';

/** Phrases that send the reader to another entry. */
export const referencePhrases: Readonly<Record<Locale, RegExp>> = {
  en: /\b(?:related entry|the entry (?:on|about|for)|see the [^.]{0,60}\bentry\b|that entry|other entry)/i,
  zh: /相关条目|关联条目|另一条目|该条目中|(?:参考|参见|请见|见)[^。]{0,40}条目/,
  ja: /関連項目|関連エントリ|(?:の|を扱う)項目を参照|項目(?:を|も)(?:参照|ご覧)/,
};

const LINK_RE = /\]\((?:\.\.\/|\/)[^)]*\)/;

/** Prose that refers to another entry links to it, so the reader is one click from it. */
export const entryReferenceLink: FileRule = {
  id: 'entry-reference-link',
  description: 'Prose that refers to another entry ("see the related entry…") links to it in the same paragraph.',
  check({ locale, prose }) {
    const problems: RuleProblem[] = [];
    for (const para of paragraphs(prose)) {
      const text = para.map((p) => p.text).join('\n');
      if (LINK_RE.test(text)) continue;
      const hit = para.find((p) => referencePhrases[locale].test(withoutInlineCode(p.text)));
      if (hit) {
        const phrase = referencePhrases[locale].exec(withoutInlineCode(hit.text))![0];
        problems.push({
          line: hit.line,
          message: `expected a link such as [title](../<id>/) where the text refers to another entry, found "${phrase}" with no link in its paragraph`,
        });
      }
    }
    return problems;
  },
};
