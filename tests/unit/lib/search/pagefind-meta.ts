import { gzipSync } from 'node:zlib';

/** A CBOR item as these tests write them: a number, a text, bytes, an array, or a map. */
type Item = number | string | Uint8Array | Item[] | Map<Item, Item>;

/** CBOR of an item, with the shortest length codes (as Pagefind's writer uses them). */
export function cbor(item: Item): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  };
  const write = (x: Item) => {
    if (typeof x === 'number') head(0, x);
    else if (typeof x === 'string') {
      const bytes = new TextEncoder().encode(x);
      head(3, bytes.length);
      out.push(...bytes);
    } else if (x instanceof Uint8Array) {
      head(2, x.length);
      out.push(...x);
    } else if (Array.isArray(x)) {
      head(4, x.length);
      x.forEach(write);
    } else {
      head(5, x.size);
      for (const [k, v] of x) {
        write(k);
        write(v);
      }
    }
  };
  write(item);
  return Uint8Array.from(out);
}

/** A Pagefind metadata file (gzip) listing these page ids, shaped as Pagefind 1.6 writes it. */
export function metaFile(pageIds: readonly string[], signature = 'pagefind_dcd'): Uint8Array {
  const body = cbor(['1.6.0', pageIds.map((id, i) => [id, 500 + i, '']), [['en_abc', 'a', 'zz']], [], [], []]);
  return gzipSync(Buffer.concat([Buffer.from(signature), body]));
}
