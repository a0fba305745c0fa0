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

describe('pagefindPages on edge cases of the encoding', () => {
  const SIG = [...new TextEncoder().encode('pagefind_dcd')];
  /** A file whose one page is `en_a` followed by these raw CBOR bytes as its other fields. */
  const withFields = (fields: number, ...raw: number[]) =>
    Uint8Array.from([...SIG, 0x82, 0x60, 0x81, 0x80 | (1 + fields), 0x64, ...new TextEncoder().encode('en_a'), ...raw]);
  it('steps over negative numbers, long numbers and simple values', () => {
    // -1, -500 (two bytes), 2^32 (eight bytes), 70000 (four bytes), false, true, null
    const raw = [0x20, 0x39, 0x01, 0xf3, 0x1b, 0, 0, 0, 1, 0, 0, 0, 0, 0x1a, 0, 1, 0x11, 0x70, 0xf4, 0xf5, 0xf6];
    expect(pagefindPages(withFields(7, ...raw))).toEqual(['en_a']);
  });
  it('refuses a tag, naming its type', () => {
    expect(() => pagefindPages(withFields(1, 0xc1, 0x00))).toThrow(
      'search: expected a number, string, array, map or simple value in Pagefind metadata, found CBOR type 6',
    );
  });
  it('refuses a file cut short anywhere, instead of reading less', () => {
    const whole = gunzipSync(metaFile(['en_8f2843d', 'en_9863b22']));
    expect(pagefindPages(whole)).toEqual(['en_8f2843d', 'en_9863b22']);
    for (let cut = 'pagefind_dcd'.length + 1; cut < whole.length - 20; cut++)
      expect(() => pagefindPages(whole.subarray(0, cut)), String(cut)).toThrow(/^search: Pagefind metadata ends where/);
    // A head whose two-byte length is cut, a field cut inside its bytes.
    expect(() => pagefindPages(Uint8Array.from([...SIG, 0x82, 0x60, 0x99, 0x01]))).toThrow(
      'search: Pagefind metadata ends where an array was expected',
    );
    expect(() => pagefindPages(withFields(1, 0x43, 0x01))).toThrow('search: Pagefind metadata ends where a string was expected');
    expect(() => pagefindPages(withFields(1))).toThrow('search: Pagefind metadata ends where an item was expected');
  });
});

describe('gunzip', () => {
  it('gunzips as zlib does', async () => {
    const file = metaFile(['en_a', 'en_b']);
    expect(await gunzip(file)).toEqual(new Uint8Array(gunzipSync(file)));
  });
});
