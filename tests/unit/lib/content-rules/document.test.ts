import { describe, expect, it } from 'vitest';
import {
  copiedText,
  FILLED,
  fillPlaceholders,
  isInput,
  paragraphs,
  readDocument,
  shellLanguages,
  withoutInlineCode,
} from '../../../../src/lib/content-rules/document.ts';
import type { Block } from '../../../../src/lib/content-rules/types.ts';

const block = (b: Partial<Block> & { source: string }): Block => ({
  line: 10,
  lang: 'bash',
  meta: { output: false, placeholders: [] },
  metaError: undefined,
  regionStart: 1,
  ...b,
});

describe('readDocument', () => {
  it('splits blocks from prose, with file lines, the region each block is in, and list indentation removed', () => {
    const body = [
      'Intro.', // 5
      '## Solution', // 6
      '### One', // 7
      '- Run:', // 8
      '  ```bash title="T" placeholders="x"', // 9
      '  kubectl get <x>', // 10
      '    indented', // 11
      'not indented', // 12
      '  ```', // 13
      'After.', // 14
      '#### Deep', // 15
      '~~~yaml', // 16
      'a: 1', // 17
      '~~~', // 18
    ].join('\n');
    const { blocks, prose } = readDocument(body, 5);
    expect(blocks).toEqual([
      {
        line: 9,
        lang: 'bash',
        meta: { title: 'T', output: false, placeholders: ['x'] },
        metaError: undefined,
        source: 'kubectl get <x>\n  indented\nnot indented',
        regionStart: 7,
      },
      { line: 16, lang: 'yaml', meta: { output: false, placeholders: [] }, metaError: undefined, source: 'a: 1', regionStart: 7 },
    ]);
    expect(prose).toEqual([
      { line: 5, text: 'Intro.' },
      { line: 6, text: '## Solution' },
      { line: 7, text: '### One' },
      { line: 8, text: '- Run:' },
      { line: 14, text: 'After.' },
      { line: 15, text: '#### Deep' },
    ]);
  });
  it('keeps the meta error, an empty language and a block left open to the end', () => {
    const { blocks, prose } = readDocument('```\nx\n```\n``` bash copy\ny\n````\n```json\n{}', 1);
    expect(blocks).toEqual([
      { line: 1, lang: '', meta: { output: false, placeholders: [] }, metaError: undefined, source: 'x', regionStart: 1 },
      {
        line: 4,
        lang: 'bash',
        meta: undefined,
        metaError: 'expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found copy',
        source: 'y',
        regionStart: 1,
      },
      { line: 7, lang: 'json', meta: { output: false, placeholders: [] }, metaError: undefined, source: '{}', regionStart: 1 },
    ]);
    expect(prose).toEqual([]);
  });
  it('closes a block only with its own kind of fence', () => {
    const { blocks, prose } = readDocument('~~~text\n```\n~~~\nafter', 1);
    expect(blocks.map((b) => b.source)).toEqual(['```']);
    expect(prose).toEqual([{ line: 4, text: 'after' }]);
  });
});

describe('copiedText', () => {
  it('drops removed lines and keeps the file line of every kept one', () => {
    expect(copiedText(block({ source: 'a\nb # [!code --]\nc # [!code ++]\nd' }))).toEqual({
      text: 'a\nc\nd',
      lines: [11, 13, 14],
    });
  });
  it('applies markers to output and blocks without valid meta', () => {
    expect(copiedText(block({ source: 'x # [!code --]\ny', meta: undefined }))).toEqual({ text: 'y', lines: [12] });
    expect(copiedText(block({ source: '$ x', meta: { output: true, placeholders: [] } }))).toEqual({ text: '$ x', lines: [11] });
  });
});

describe('small helpers', () => {
  it('fill placeholders with a marked word', () => {
    expect(FILLED).toBe('kbfill-');
    expect(fillPlaceholders('kubectl get <pod-name> > <out1> <Bad> <a-b-2>')).toBe(
      'kubectl get kbfill-pod-name > kbfill-out1 <Bad> kbfill-a-b-2',
    );
  });
  it('tell input from output and blocks whose meta did not parse', () => {
    expect(isInput(block({ source: '' }))).toBe(true);
    expect(isInput(block({ source: '', meta: { output: true, placeholders: [] } }))).toBe(false);
    expect(isInput(block({ source: '', meta: undefined }))).toBe(false);
  });
  it('know the shell languages', () => {
    expect([...shellLanguages]).toEqual(['bash', 'shell']);
  });
  it('blank inline code without moving columns', () => {
    expect(withoutInlineCode('see `a b` and `c`, `open')).toBe('see       and    , `open');
  });
});

describe('paragraphs', () => {
  const prose = (lines: [number, string][]) => lines.map(([line, text]) => ({ line, text }));
  it('groups consecutive non-blank lines, split by blank lines, headings and gaps (code between)', () => {
    expect(
      paragraphs(
        prose([
          [1, 'a'],
          [2, 'b'],
          [3, '  '],
          [4, 'c'],
          [5, '## H'],
          [6, 'd'],
          [9, 'e'],
          [10, '> f'],
          [11, '####### not a heading'],
        ]),
      ).map((p) => p.map((l) => l.text)),
    ).toEqual([['a', 'b'], ['c'], ['d'], ['e', '> f', '####### not a heading']]);
  });
  it('returns no paragraphs for no prose or only blank lines', () => {
    expect(paragraphs([])).toEqual([]);
    expect(
      paragraphs(
        prose([
          [1, ''],
          [2, '# Title'],
        ]),
      ),
    ).toEqual([]);
  });
});
