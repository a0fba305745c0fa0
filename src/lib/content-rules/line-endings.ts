import type { RuleProblem } from './types.ts';

/** The rule's id, printed with its message. */
export const LINE_ENDINGS = 'line-endings';

/**
 * Entries use LF line endings. A carriage return would make the frontmatter
 * and block readers misread the file (a fence with options read as prose), so
 * the file is refused at its first CR before anything else reads it.
 */
export function lineEndings(source: string): RuleProblem | undefined {
  const at = source.indexOf('\r');
  if (at < 0) return undefined;
  const line = source.slice(0, at).split('\n').length;
  const found = source[at + 1] === '\n' ? 'a CRLF line ending' : 'a carriage return';
  return { line, message: `expected LF line endings, found ${found} (save the file with LF line endings)` };
}
