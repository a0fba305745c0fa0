// Where structured-blocks reports a parse error, and which ConfigMap data it reads as JSON.
import { describe, expect, it } from 'vitest';
import { parseStructured, structuredBlocks } from '../../../../src/lib/content-rules/structured-blocks.ts';
import type { Block, FileContext } from '../../../../src/lib/content-rules/types.ts';
// The fence is on file line 20, so a block's n-th line of text is file line 20 + n.
import { block } from './entry.ts';

const check = (...blocks: Block[]) => structuredBlocks.check({ blocks } as unknown as FileContext);

describe('parseStructured', () => {
  it('reports a JSON error at the line of its position, not at the last line', () => {
    expect(parseStructured(block('{\n  x: 1\n,\n}', { lang: 'json' })).problem).toEqual({
      line: 22,
      message:
        "expected JSON that parses once diff markers are applied, found: Expected property name or '}' in JSON at position 4 (line 2 column 3)",
    });
  });
  it('reports a YAML error at the line where it starts, not at the last line', () => {
    expect(parseStructured(block('a: 1\n b: 2\nc: 3\nd: 4')).problem).toEqual({
      line: 21,
      message:
        'expected YAML that parses once diff markers are applied and placeholders filled, found: Nested mappings are not allowed in compact mappings',
    });
  });
  it('quotes the YAML error without the position and source excerpt the parser can add', () => {
    expect(parseStructured(block('a: [\nb: 1')).problem).toEqual({
      line: 22,
      message:
        'expected YAML that parses once diff markers are applied and placeholders filled, found: Flow sequence in block collection must be sufficiently indented and end with a ]',
    });
  });
  it('gives no documents for an empty YAML block', () => {
    expect(parseStructured(block(''))).toEqual({ docs: [] });
  });
});

describe('structured-blocks', () => {
  it('checks ConfigMap data only when it is a mapping', () => {
    expect(
      check(
        block('apiVersion: v1\nkind: ConfigMap\ndata: null'),
        block('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x'),
        block('apiVersion: v1\nkind: ConfigMap\ndata: "{x}"'),
      ),
    ).toEqual([]);
  });
  it('reads a data value as JSON only when it both opens with { and closes with }', () => {
    expect(
      check(block('apiVersion: v1\nkind: ConfigMap\ndata:\n  tail: "x}"\n  head: "{x"\n  both: "{x}"', { line: 30 })),
    ).toEqual([
      {
        line: 30,
        message:
          "expected data.both to hold JSON that parses, found: Expected property name or '}' in JSON at position 1 (line 1 column 2)",
      },
    ]);
  });
});
