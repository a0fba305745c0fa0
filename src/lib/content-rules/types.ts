import type { Locale } from '../../i18n/locales.ts';
import type { EntryData } from '../../schemas/entry.ts';
import type { OutlineHeading } from '../outline.ts';
import type { CodeMeta } from '../../markdown/code-meta.ts';

/** A fenced code block of an entry body, located in the file. */
export interface Block {
  /** 1-based file line of the opening fence. */
  readonly line: number;
  /** Language after the fence (may be empty or unknown: the code-conventions rule reports it). */
  readonly lang: string;
  /** Parsed options after the language; undefined when they do not parse. */
  readonly meta: CodeMeta | undefined;
  /** Why the options did not parse. */
  readonly metaError: string | undefined;
  /** The block's text, its list indentation removed, markers and placeholders as written. */
  readonly source: string;
  /** 1-based file line of the nearest `##`/`###` heading above the block (the body's first line if none). */
  readonly regionStart: number;
}

/** One line of prose: outside fenced code, with its 1-based file line. */
export interface ProseLine {
  readonly line: number;
  readonly text: string;
}

/** Everything a file rule may look at. */
export interface FileContext {
  readonly file: string;
  readonly locale: Locale;
  readonly id: string;
  readonly data: EntryData;
  /** The raw file, frontmatter included. */
  readonly source: string;
  /** The body after the frontmatter. */
  readonly body: string;
  /** 1-based file line where the body starts. */
  readonly bodyLine: number;
  /** Headings with `line` as 1-based file lines. */
  readonly headings: readonly OutlineHeading[];
  readonly blocks: readonly Block[];
  readonly prose: readonly ProseLine[];
  /** 1-based file line of each frontmatter key. */
  readonly keyLines: ReadonlyMap<string, number>;
}

/** The part of a file that body rules read: an entry's or a triage node's text, its blocks and prose. */
export type BodyContext = Pick<FileContext, 'file' | 'locale' | 'source' | 'body' | 'bodyLine' | 'blocks' | 'prose'>;

/** A problem a rule found; the runner adds the file and the rule id. */
export interface RuleProblem {
  readonly line?: number | undefined;
  readonly field?: string | undefined;
  readonly message: string;
}

/** A rule run on one entry file. */
export interface FileRule {
  /** Kebab-case name, shown with every message so a reader finds the module. */
  readonly id: string;
  /** One line: what the rule protects the reader from. */
  readonly description: string;
  check(ctx: FileContext): RuleProblem[] | Promise<RuleProblem[]>;
}

/** A rule that reads only a file's body: run on entries and on triage nodes alike. */
export interface BodyRule {
  readonly id: string;
  readonly description: string;
  check(ctx: BodyContext): RuleProblem[] | Promise<RuleProblem[]>;
}

/** A problem a tree rule found, with the file it belongs to. */
export interface TreeProblem extends RuleProblem {
  readonly file: string;
}

/** What a tree rule may look at: every file that passed the frontmatter stage, and which ids exist in which language. */
export interface TreeContext {
  readonly files: readonly FileContext[];
  /** id → locale → file path, for every file found (also those with bad frontmatter). */
  readonly present: ReadonlyMap<string, ReadonlyMap<Locale, string>>;
  readonly options: CheckOptions;
}

/** A rule run once over the whole tree. */
export interface TreeRule {
  readonly id: string;
  readonly description: string;
  check(ctx: TreeContext): TreeProblem[] | Promise<TreeProblem[]>;
}

/** How strict the run is about tools outside Node. */
export interface CheckOptions {
  /**
   * `required`: a missing ShellCheck is a problem (npm test, CI);
   * `if-present`: skip with a printed warning (the build on a machine without it).
   */
  readonly shellcheck: 'required' | 'if-present';
}
