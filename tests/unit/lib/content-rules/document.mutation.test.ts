// Edge cases of the body reader that the rules rely on: what opens and closes a fence, and where a step region starts.
import { describe, expect, it } from 'vitest';
import { copiedText, paragraphs, readDocument } from '../../../../src/lib/content-rules/document.ts';
import type { Block } from '../../../../src/lib/content-rules/types.ts';

const plain = { output: false, placeholders: [] };

describe('readDocument fences', () => {
  it('opens a block only with a fence at the start of the line (after indentation)', () => {
    const text = ['Wrap commands in ```bash fences.', 'Then `~~~` works too.', '``kubectl`` is inline code.', '~~struck~~ text.'];
    const { blocks, prose } = readDocument(text.join('\n'), 3);
    expect(blocks).toEqual([]);
    expect(prose).toEqual(text.map((t, i) => ({ line: 3 + i, text: t })));
  });

  it('keeps options written right after the language, so a malformed info string is reported', () => {
    const { blocks } = readDocument('```bash{1,3}\nls\n```', 1);
    expect(blocks).toEqual([
      {
        line: 1,
        lang: 'bash',
        meta: undefined,
        metaError: 'expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found {1,3}',
        source: 'ls',
        regionStart: 1,
      },
    ]);
  });

  it('lets a longer fence show a shorter one inside, and reads a hyphenated language whole', () => {
    const { blocks } = readDocument('````text\n```bash\nls\n```\n````\n~~~~~shell-session\n~~~\n~~~~~', 1);
    expect(blocks.map((b) => [b.line, b.lang, b.source])).toEqual([
      [1, 'text', '```bash\nls\n```'],
      [6, 'shell-session', '~~~'],
    ]);
    expect(blocks[1]!.metaError).toBe(undefined);
  });

  it('does not close a block at a line that only ends with the fence', () => {
    const { blocks, prose } = readDocument('```text\nClose it with ```\n```\nafter', 1);
    expect(blocks.map((b) => b.source)).toEqual(['Close it with ```']);
    expect(prose).toEqual([{ line: 4, text: 'after' }]);
  });

  it('closes a block with a longer fence of the same kind', () => {
    const { blocks, prose } = readDocument('```yaml\na: 1\n`````\nafter', 1);
    expect(blocks.map((b) => b.source)).toEqual(['a: 1']);
    expect(prose).toEqual([{ line: 4, text: 'after' }]);
  });
});

describe('readDocument regions', () => {
  it('starts a region only at a line that begins with a ## or ### heading', () => {
    const body = [
      'Intro.', // 10
      '## Solution', // 11
      'Use C# ## comments? No: ### is not a heading here.', // 12
      '```bash', // 13
      'ls', // 14
      '```', // 15
      '# Not a step', // 16
      '```bash', // 17
      'ls', // 18
      '```', // 19
      '### One', // 20
      '```bash', // 21
      'ls', // 22
      '```', // 23
    ].join('\n');
    expect(readDocument(body, 10).blocks.map((b) => [b.line, b.regionStart])).toEqual([
      [13, 11],
      [17, 11],
      [21, 20],
    ]);
  });
});

describe('copiedText', () => {
  const block = (source: string, b: Partial<Block> = {}): Block => ({
    line: 30,
    lang: 'bash',
    meta: plain,
    metaError: undefined,
    source,
    regionStart: 1,
    ...b,
  });

  it('returns the text with placeholders as written, whatever the block declares', () => {
    expect(copiedText(block('kubectl logs <pod> # [!code ++]\n$ echo <other>'))).toEqual({
      text: 'kubectl logs <pod>\n$ echo <other>',
      lines: [31, 32],
    });
    expect(copiedText(block('a <x> # [!code --]\nb <x>', { meta: { output: false, placeholders: ['x'] } }))).toEqual({
      text: 'b <x>',
      lines: [32],
    });
  });
});

describe('paragraphs', () => {
  const prose = (lines: [number, string][]) => lines.map(([line, text]) => ({ line, text }));

  it('keeps a paragraph of four lines together and splits at the first gap', () => {
    expect(
      paragraphs(
        prose([
          [7, 'a'],
          [8, 'b'],
          [9, 'c'],
          [10, 'd'],
          [12, 'e'],
        ]),
      ).map((p) => p.map((l) => l.line)),
    ).toEqual([[7, 8, 9, 10], [12]]);
  });

  it('ends a paragraph at any heading level from 1 to 6 and keeps indented continuation lines', () => {
    expect(
      paragraphs(
        prose([
          [1, 'a'],
          [2, '  continued'],
          [3, '###### Six'],
          [4, 'b'],
          [5, '# One'],
          [6, 'c'],
        ]),
      ).map((p) => p.map((l) => l.text)),
    ).toEqual([['a', '  continued'], ['b'], ['c']]);
  });

  it('starts a paragraph at the first line whatever its number', () => {
    expect(paragraphs(prose([[0, 'a']])).map((p) => p.map((l) => l.text))).toEqual([['a']]);
    expect(
      paragraphs(
        prose([
          [2, 'a'],
          [3, 'b'],
        ]),
      ).map((p) => p.map((l) => l.text)),
    ).toEqual([['a', 'b']]);
  });
});
