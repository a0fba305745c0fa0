import { describe, expect, it } from 'vitest';
import { lineEndings } from '../../../../src/lib/content-rules/line-endings.ts';

describe('lineEndings', () => {
  it('accepts LF line endings', () => {
    expect(lineEndings('---\ntitle: x\n---\n\nbody\n')).toBeUndefined();
  });
  it('names the line of the first CRLF', () => {
    expect(lineEndings('---\ntitle: x\n---\n\n```bash title="t"\r\nls\r\n```\n')).toEqual({
      line: 5,
      message: 'expected LF line endings, found a CRLF line ending (save the file with LF line endings)',
    });
  });
  it('names a lone carriage return as such', () => {
    expect(lineEndings('a\nb\rc')).toEqual({
      line: 2,
      message: 'expected LF line endings, found a carriage return (save the file with LF line endings)',
    });
  });
});
