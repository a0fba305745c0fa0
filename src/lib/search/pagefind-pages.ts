/**
 * The page ids in a Pagefind language's metadata file (`pagefind.<lang>_<hash>.pf_meta`), in
 * Pagefind's order (its pages sorted by URL). A split language numbers its entries in that order,
 * so a Pagefind result's page id gives its entry without a table of 10,000 ids in the search data:
 * the browser reads the ids from the file Pagefind has just fetched (kept by the browser, never
 * fetched twice) and the build from the file it wrote.
 *
 * The file is gzip of `pagefind_dcd` and CBOR: `[version, [[page id, word count, …], …], …]`, as
 * Pagefind 1.6 writes it (read from this site's own files). Only the version and the page list are
 * read; a file of another shape fails with what was found.
 */

/** What a metadata file starts with once gunzipped. */
const SIGNATURE = 'pagefind_dcd';

/** Reads the page ids from a gunzipped metadata file; throws, naming what it found, on any other shape. */
export function pagefindPages(bytes: Uint8Array): string[] {
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE)
    throw new Error(`search: expected Pagefind metadata starting "${SIGNATURE}", found "${signature}"`);
  const cbor = new Reader(bytes, SIGNATURE.length);
  cbor.array();
  cbor.text();
  const count = cbor.array();
  const pages: string[] = [];
  for (let i = 0; i < count; i++) {
    const fields = cbor.array();
    pages.push(cbor.text());
    for (let f = 1; f < fields; f++) cbor.skip();
  }
  return pages;
}

/** A CBOR reader for the few kinds a metadata file's head holds (definite lengths). */
class Reader {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private at: number;
  constructor(bytes: Uint8Array, at: number) {
    this.bytes = bytes;
    this.at = at;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** A head of the given major type: its length or value. */
  private head(major: number, what: string): number {
    if (this.at >= this.bytes.length) throw new Error(`search: Pagefind metadata ends where ${what} was expected`);
    const byte = this.bytes[this.at++]!;
    if (byte >> 5 !== major) throw new Error(`search: expected ${what} in Pagefind metadata, found CBOR type ${byte >> 5}`);
    const info = byte & 31;
    if (info < 24) return info;
    if (info === 24) return this.bytes[this.at++]!;
    if (info === 25) {
      this.at += 2;
      return this.view.getUint16(this.at - 2);
    }
    if (info === 26) {
      this.at += 4;
      return this.view.getUint32(this.at - 4);
    }
    throw new Error(`search: expected ${what} of definite length in Pagefind metadata, found length code ${info}`);
  }

  array(): number {
    return this.head(4, 'an array');
  }

  text(): string {
    const length = this.head(3, 'a text');
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  /** Steps over one item: a number, a text, bytes, or an array or map of those. */
  skip(): void {
    const major = this.bytes[this.at]! >> 5;
    if (major === 0 || major === 1) this.head(major, 'a number');
    else if (major === 2 || major === 3) {
      // The length first: `this.at += this.head()` would add it to the place before the head.
      const length = this.head(major, 'a string');
      this.at += length;
    } else if (major === 4) for (let n = this.head(4, 'an array'); n > 0; n--) this.skip();
    else if (major === 5) for (let n = this.head(5, 'a map') * 2; n > 0; n--) this.skip();
    else throw new Error(`search: expected a number, string, array or map in Pagefind metadata, found CBOR type ${major}`);
  }
}

/** Gunzips bytes with the platform's DecompressionStream (browsers and Node alike). */
export async function gunzip(bytes: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
