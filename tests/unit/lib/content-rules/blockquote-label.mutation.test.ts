import { describe, expect, it } from 'vitest';
import { blockquoteLabel } from '../../../../src/lib/content-rules/blockquote-label.ts';
import { entry, OUTLINE } from './entry.ts';

describe('blockquote-label', () => {
  it('takes only a line that starts with ">" for a quote, not a ">" inside prose', () => {
    expect(blockquoteLabel.check(entry(`Restart it when the count is > 3.\n\nRun \`ls > out.txt\`.\n\n${OUTLINE}`))).toEqual([]);
  });
});
