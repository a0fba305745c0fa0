// How corefile recognises a block that holds a Corefile by its `Corefile: |` key.
import { describe, expect, it } from 'vitest';
import { corefile, removedCorefileWords } from '../../../../src/lib/content-rules/corefile.ts';
import type { Block, FileContext } from '../../../../src/lib/content-rules/types.ts';

const block = (source: string, lang = 'yaml', title?: string): Block => ({
  line: 10,
  lang,
  meta: title === undefined ? { output: false, placeholders: [] } : { output: false, placeholders: [], title },
  metaError: undefined,
  source,
  regionStart: 1,
});
const check = (...blocks: Block[]) => corefile.check({ blocks } as unknown as FileContext);
const message = (word: string) =>
  `expected Corefile lines current CoreDNS accepts, found "${word}" (${removedCorefileWords[word]}; a Corefile with it fails to load)`;

describe('corefile', () => {
  it('finds the Corefile key written without a space before the block marker', () => {
    expect(check(block('Corefile:|\n  proxy . /etc/resolv.conf'))).toEqual([{ line: 12, message: message('proxy') }]);
  });
  it('checks the unchanged lines of a Corefile diff', () => {
    expect(check(block(' .:53 {\n-    errors\n     proxy . /etc/resolv.conf\n }', 'diff', 'Corefile'))).toEqual([
      { line: 13, message: message('proxy') },
    ]);
  });
  it('takes a Corefile key only at the start of a line', () => {
    expect(check(block('note: see Corefile: |\nproxy . /etc/resolv.conf'))).toEqual([]);
  });
});
