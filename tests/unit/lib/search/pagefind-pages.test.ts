import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzip, pagefindPages } from '../../../../src/lib/search/pagefind-pages.ts';
import { cbor, metaFile } from './pagefind-meta.ts';

const read = (file: Uint8Array) => pagefindPages(gunzipSync(file));

describe('pagefindPages', () => {
  it('reads the page ids in the file’s order', () => {
    expect(read(metaFile(['en_8f2843d', 'en_9863b22', 'en_0136069']))).toEqual(['en_8f2843d', 'en_9863b22', 'en_0136069']);
  });
  it('reads lists of every length code (under 24, one byte, two bytes)', () => {
    for (const n of [0, 23, 24, 255, 256, 1000]) {
      const ids = Array.from({ length: n }, (_, i) => `en_${i.toString(16).padStart(7, '0')}`);
      expect(read(metaFile(ids)), String(n)).toEqual(ids);
    }
  });
  it('steps over a page’s other fields, whatever they hold', () => {
    const body = cbor(['1.6.0', [['en_a', 7, new Uint8Array([1, 2]), [1, ['x']], new Map([['k', 'v']])], ['en_b']]]);
    expect(pagefindPages(Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...body]))).toEqual(['en_a', 'en_b']);
  });
  it('refuses a file of another kind or shape, saying what it found', () => {
    expect(() => read(metaFile(['en_a'], 'pagefind_xxx'))).toThrow(
      'search: expected Pagefind metadata starting "pagefind_dcd", found "pagefind_xxx"',
    );
    const bad = (item: Parameters<typeof cbor>[0]) =>
      pagefindPages(Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...cbor(item)]));
    expect(() => bad(['1.6.0', 7])).toThrow('search: expected an array in Pagefind metadata, found CBOR type 0');
    expect(() => bad(['1.6.0', [[7]]])).toThrow('search: expected a text in Pagefind metadata, found CBOR type 0');
    expect(() => bad(['1.6.0'])).toThrow('search: Pagefind metadata ends where an array was expected');
    expect(() => pagefindPages(Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), 0x9f]))).toThrow(
      'search: expected an array of definite length in Pagefind metadata, found length code 31',
    );
  });
});

describe('gunzip', () => {
  it('gunzips as zlib does', async () => {
    const file = metaFile(['en_a', 'en_b']);
    expect(await gunzip(file)).toEqual(new Uint8Array(gunzipSync(file)));
  });
});
