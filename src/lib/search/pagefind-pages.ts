/**
 * The page ids in a Pagefind language's metadata file (`pagefind.<lang>_<hash>.pf_meta`), in
 * Pagefind's order (the order its pages were added in). A split language numbers its entries in that order,
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

  /** Moves past `n` bytes, failing if the file ends first; returns where they start. */
  private take(n: number, what: string): number {
    if (this.at + n > this.bytes.length) throw new Error(`search: Pagefind metadata ends where ${what} was expected`);
    this.at += n;
    return this.at - n;
  }

  /** A head of the given major type: its length or value. */
  private head(major: number, what: string): number {
    const byte = this.bytes[this.take(1, what)]!;
    if (byte >> 5 !== major) throw new Error(`search: expected ${what} in Pagefind metadata, found CBOR type ${byte >> 5}`);
    const info = byte & 31;
    if (info < 24) return info;
    if (info === 24) return this.bytes[this.take(1, what)]!;
    if (info === 25) return this.view.getUint16(this.take(2, what));
    if (info === 26) return this.view.getUint32(this.take(4, what));
    if (info === 27) return Number(this.view.getBigUint64(this.take(8, what)));
    throw new Error(`search: expected ${what} of definite length in Pagefind metadata, found length code ${info}`);
  }

  array(): number {
    return this.head(4, 'an array');
  }

  text(): string {
    const length = this.head(3, 'a text');
    const at = this.take(length, 'a text');
    return new TextDecoder().decode(this.bytes.subarray(at, at + length));
  }

  /** Steps over one item: a number, a text, bytes, a simple value (false, true, null), or an array or map of those. */
  skip(): void {
    if (this.at >= this.bytes.length) throw new Error('search: Pagefind metadata ends where an item was expected');
    const major = this.bytes[this.at]! >> 5;
    if (major === 0 || major === 1) this.head(major, 'a number');
    else if (major === 2 || major === 3) this.take(this.head(major, 'a string'), 'a string');
    else if (major === 4) for (let n = this.head(4, 'an array'); n > 0; n--) this.skip();
    else if (major === 5) for (let n = this.head(5, 'a map') * 2; n > 0; n--) this.skip();
    else if (major === 7 && (this.bytes[this.at]! & 31) < 24) this.at++;
    else
      throw new Error(
        `search: expected a number, string, array, map or simple value in Pagefind metadata, found CBOR type ${major}`,
      );
  }
}

/** Gunzips bytes with the platform's DecompressionStream (browsers and Node alike). */
export async function gunzip(bytes: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
