import type { Locale } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/ui/index.ts';
import { sections, subheadingAnchor, type SectionId } from '../schemas/sections.ts';

/** One `##` or `###` heading of an entry body with its language-neutral anchor. */
export interface OutlineHeading {
  readonly depth: 2 | 3;
  readonly text: string;
  readonly anchor: string;
  /** 1-based line in the body. */
  readonly line: number;
  /** Step number for `###` headings inside solution/steps. */
  readonly step?: number;
}

/** The section id whose localized title is `text`, or undefined. */
export function sectionForTitle(locale: Locale, text: string): SectionId | undefined {
  const wanted = text.trim().toLowerCase();
  return sections.find((id) => dictionaries[locale][`section.${id}`].toLowerCase() === wanted);
}

/** The localized `##` titles an author may use, for error messages. */
export function allowedTitles(locale: Locale): string {
  return sections.map((id) => `"${dictionaries[locale][`section.${id}`]}"`).join(', ');
}

/**
 * Assigns anchors to headings in document order. Used by the content check
 * (on MDX text) and by the rehype plugin (on rendered headings), so both agree.
 */
export class OutlineBuilder {
  private readonly locale: Locale;
  private section: SectionId | undefined;
  private sub = 0;
  constructor(locale: Locale) {
    this.locale = locale;
  }

  /** Returns the anchor for the next heading, or an error message. */
  next(depth: number, text: string): { anchor: string; step?: number } | { error: string } {
    if (depth === 2) {
      const id = sectionForTitle(this.locale, text);
      if (!id) {
        return { error: `expected a "##" heading to be one of ${allowedTitles(this.locale)}, found "${text}"` };
      }
      this.section = id;
      this.sub = 0;
      return { anchor: id };
    }
    if (depth === 3) {
      if (!this.section)
        return { error: `expected a "###" heading to follow a "##" section, found "${text}" before any section` };
      this.sub += 1;
      const anchor = subheadingAnchor(this.section, this.sub);
      return anchor.startsWith('step-') ? { anchor, step: this.sub } : { anchor };
    }
    return {
      error: `expected only "##" and "###" headings in an entry body (the title comes from frontmatter), found a level-${depth} heading "${text}"`,
    };
  }
}

const PUNCT = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The first `**bold**` span on a line that CommonMark will not treat as bold:
 * a closing `**` right after punctuation with a letter right after it
 * (`**注意：**重启`), or an opening `**` right before punctuation with a
 * letter right before it (`文字**（注）**`).
 */
export function unclosedBold(line: string): string | undefined {
  const marks = [...line.matchAll(/\*\*/g)].map((m) => m.index);
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k]!;
    const close = marks[k + 1]!;
    const afterOpen = line.charAt(open + 2);
    const beforeOpen = line.charAt(open - 1);
    const beforeClose = line.charAt(close - 1);
    const afterClose = line.charAt(close + 2);
    const badClose = PUNCT.test(beforeClose) && WORD.test(afterClose);
    const badOpen = PUNCT.test(afterOpen) && WORD.test(beforeOpen);
    if (badClose || badOpen) return line.slice(open, close + 2);
  }
  return undefined;
}

/** Reads the `##`/`###` outline of an MDX body, skipping fenced code. */
export function readOutline(
  locale: Locale,
  body: string,
): { headings: OutlineHeading[]; errors: { line: number; message: string }[] } {
  const builder = new OutlineBuilder(locale);
  const headings: OutlineHeading[] = [];
  const errors: { line: number; message: string }[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    const bold = unclosedBold(line.replace(/`[^`]*`/g, ''));
    if (bold) {
      errors.push({
        line: i + 1,
        message: `expected bold text whose "**" touches punctuation to have a space or punctuation on its other side (write **注意**： or add a space), found "${bold}", which Markdown leaves unbolded`,
      });
    }
    const m = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (!m) return;
    const depth = m[1]!.length;
    const text = m[2]!;
    const result = builder.next(depth, text);
    if ('error' in result) errors.push({ line: i + 1, message: result.error });
    else
      headings.push({
        depth: depth as 2 | 3,
        text,
        anchor: result.anchor,
        line: i + 1,
        ...(result.step ? { step: result.step } : {}),
      });
  });
  return { headings, errors };
}
