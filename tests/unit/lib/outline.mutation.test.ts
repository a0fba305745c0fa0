import { describe, expect, it } from 'vitest';
import { readOutline, unclosedBold } from '../../../src/lib/outline.ts';

describe('unclosedBold at the edges of a line', () => {
  it.each([
    ['**（注）** x', undefined],
    ['**a**b', undefined],
    ['x**：', undefined],
    ['**a** x**：', undefined],
    ['**a** **b** x**：', undefined],
    ['a**（注）**', '**（注）**'],
  ])('%j → %j', (line, span) => {
    expect(unclosedBold(line)).toBe(span);
  });
});

describe('readOutline in prose', () => {
  it('keeps the exact text after the hashes', () => {
    expect(readOutline('en', '## Steps\n###\tDo it\n###  Undo it').headings.map((h) => h.text)).toEqual([
      'Steps',
      'Do it',
      'Undo it',
    ]);
  });
  it('does not take a hash or a fence in the middle of a line for a heading or a fence', () => {
    const body = ['## Steps', 'Lines that start with # are comments.', 'Write ``` to open a fence.', '### Yes'].join('\n');
    expect(readOutline('en', body)).toEqual({
      headings: [
        { depth: 2, text: 'Steps', anchor: 'steps', line: 1 },
        { depth: 3, text: 'Yes', anchor: 'step-1', line: 4, step: 1 },
      ],
      errors: [],
    });
  });
  it('does not take a line starting with one tilde for a fence', () => {
    const body = ['## Steps', '~/.kube/config holds the credentials.', '### Yes'].join('\n');
    expect(readOutline('en', body).headings.map((h) => h.anchor)).toEqual(['steps', 'step-1']);
  });
  it('accepts bold ending in punctuation followed by inline code', () => {
    expect(readOutline('zh', '## 问题现象\n> **注意：**`kubectl drain` 会驱逐 Pod。').errors).toEqual([]);
  });
});
