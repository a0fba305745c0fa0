import { describe, expect, it } from 'vitest';
import { entryReferenceLink } from '../../../../src/lib/content-rules/entry-reference-link.ts';
import { entry, frontmatterLines, OUTLINE } from './entry.ts';

describe('entry-reference-link', () => {
  it('does not take a bracket and a parenthesis on separate lines for a link', () => {
    const ctx = entry(`See the related entry [DNS]\n(../dns-resolution-fails/).\n\n${OUTLINE}`);
    expect(entryReferenceLink.check(ctx)).toEqual([
      {
        line: frontmatterLines() + 3,
        message:
          'expected a link such as [title](../<id>/) where the text refers to another entry, found "See the related entry" with no link in its paragraph',
      },
    ]);
  });
  it('accepts a link on another line of the same paragraph', () => {
    expect(entryReferenceLink.check(entry(`See the related entry:\n[DNS](../dns-resolution-fails/).\n\n${OUTLINE}`))).toEqual([]);
  });
});
