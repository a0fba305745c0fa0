import { parseDocument } from 'yaml';

/** An MDX file split into its frontmatter and body. */
export interface SplitFile {
  /** Parsed YAML, or undefined when there is none or it does not parse. */
  readonly data: unknown;
  /** The body text after the closing `---`. */
  readonly body: string;
  /** 1-based line of the body's first line in the file. */
  readonly bodyLine: number;
  /** 1-based line of each top-level frontmatter key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** A YAML or fence problem, with its line. */
  readonly error?: { readonly line: number; readonly message: string };
}

/** Splits `---` YAML frontmatter from an MDX source and parses it. */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  if (lines[0]!.trimEnd() !== '---') {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      keyLines: new Map(),
      error: { line: 1, message: 'expected the file to start with "---" frontmatter, found none' },
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (end < 0) {
    return {
      data: undefined,
      body: '',
      bodyLine: lines.length,
      keyLines: new Map(),
      error: { line: 1, message: 'expected a closing "---" after the frontmatter, found none' },
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const keyLines = new Map<string, number>();
  yamlText.split('\n').forEach((l, i) => {
    const m = /^([A-Za-z_][\w-]*):/.exec(l);
    if (m) keyLines.set(m[1]!, i + 2);
  });
  const first = doc.errors[0];
  if (first) {
    // The file line of the error's first character: the YAML starts on line 2, after the opening `---`.
    const line = yamlText.slice(0, first.pos[0]).split('\n').length + 1;
    return {
      data: undefined,
      body,
      bodyLine: end + 2,
      keyLines,
      error: { line, message: `expected valid YAML frontmatter, found: ${first.message.split('\n')[0]}` },
    };
  }
  return { data: doc.toJS(), body, bodyLine: end + 2, keyLines };
}
