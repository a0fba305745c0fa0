import type { Locale } from '../../i18n/locales.ts';

/**
 * Blockquote labels: a warning says what a step disrupts and how to undo it;
 * a note is anything else worth setting apart. zh and ja close the bold
 * before the full-width colon (or put the colon inside it) so Markdown bolds it.
 */
export const blockquoteLabels: Readonly<Record<Locale, { warning: string; note: string }>> = {
  zh: { warning: '注意', note: '说明' },
  ja: { warning: '注意', note: '説明' },
  en: { warning: 'Warning', note: 'Note' },
};

function labelRe(locale: Locale, word: string): RegExp {
  return locale === 'en'
    ? new RegExp(`^\\s*>\\s*\\*\\*${word}:\\*\\*\\s`)
    : new RegExp(`^\\s*>\\s*\\*\\*${word}(?:：\\*\\*|\\*\\*：)`);
}

/** Whether a prose line opens a labelled warning blockquote. */
export function isWarningLine(locale: Locale, text: string): boolean {
  return labelRe(locale, blockquoteLabels[locale].warning).test(text);
}

/** Whether a prose line opens a labelled note blockquote. */
export function isNoteLine(locale: Locale, text: string): boolean {
  return labelRe(locale, blockquoteLabels[locale].note).test(text);
}

/** How a label is written, for messages. */
export function labelExample(locale: Locale, kind: 'warning' | 'note'): string {
  const word = blockquoteLabels[locale][kind];
  return locale === 'en' ? `> **${word}:** …` : `> **${word}**：…`;
}
