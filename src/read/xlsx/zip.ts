/**
 * The workbook's zip container, read with yauzl: its central directory
 * (random access) and each part's local header, which says where the part's
 * bytes lie; those are read from the file and inflated by Node's zlib as
 * they stream (stream() says why not through yauzl's own stream).
 *
 * Why not fflate's streaming Unzip (already a dependency): it reads a zip
 * front to back, and Excel writes xl/sharedStrings.xml AFTER the sheets, so
 * the strings would come after the rows that need them; its Unzip also keeps
 * the bytes of every entry not started, and finds the end of an entry
 * written with a data descriptor by scanning byte by byte. Inflating the
 * sheet of 100k calls (63 MB of XML), same run: Node's zlib through yauzl
 * 85–125 MB/s, on the libuv thread pool (beside the main thread's
 * tokenizer); fflate's Inflate 37–43 MB/s, on the main thread.
 */
import type { Entry, ZipFile } from 'yauzl';
import { createReadStream } from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { yauzl } from '../../libraries/yauzl.js';

/**
 * A part's bytes passed on as they are, checked at their end against the
 * zip's CRC-32 and size: bytes damaged in the file can inflate into XML that
 * reads as rows, which would make a quietly wrong report. ~0.1 s for the
 * 1M-row sheet's 413 MB (zlib's crc32), on the thread that cuts pieces.
 */
function checked(name: string, entry: Entry): Transform {
  let crc = 0;
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      if (size !== entry.uncompressedSize) cb(new Error(`part ${name} is damaged: ${size} bytes where the zip says ${entry.uncompressedSize}`));
      else if (crc >>> 0 !== entry.crc32 >>> 0) cb(new Error(`part ${name} is damaged: its bytes do not match the zip's checksum`));
      else cb();
    },
  });
}

export class Zip {
  private constructor(
    private readonly path: string,
    private readonly zip: ZipFile,
    /** entries by name, without a leading `/`, case as written */
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the archive and reads its central directory. Rejects when it is not a zip. */
  static async open(path: string): Promise<Zip> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl().open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (err, z) => {
        if (err !== null) reject(err);
        else resolve(z);
      });
    });
    const entries = new Map<string, Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: Entry) => {
        entries.set(e.fileName.replace(/^\/+/, '').replace(/\\/g, '/'), e);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
    return new Zip(path, zip, entries);
  }

  /** The entry's name as stored, found regardless of case (some writers differ from the rels' spelling). */
  find(name: string): string | null {
    const n = name.replace(/^\/+/, '');
    if (this.entries.has(n)) return n;
    const lower = n.toLowerCase();
    for (const k of this.entries.keys()) if (k.toLowerCase() === lower) return k;
    return null;
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** An entry's size once inflated, as the zip says (-1 when there is no such entry). */
  size(name: string): number {
    const found = this.find(name);
    return found === null ? -1 : (this.entries.get(found) as Entry).uncompressedSize;
  }

  /**
   * The inflated bytes of an entry, as they come. The entry's bytes are
   * read from where yauzl finds them (its local header), in 1 MB reads, and
   * inflated here: yauzl's own stream reads 16 KB at a time, and inflating
   * each costs the main thread a round trip to zlib's thread. Inflating the
   * bench's 1M-row sheet (413 MB of XML), same run: yauzl's stream 1.19 s
   * and 1.25 s of CPU (6,285 pieces out), this 0.53 s and 0.56 s (1,648).
   */
  async stream(name: string): Promise<Readable> {
    const found = this.find(name);
    const entry = found === null ? undefined : this.entries.get(found);
    if (entry === undefined) throw new Error(`no part ${name}`);
    const method = entry.compressionMethod;
    if (method !== 0 && method !== 8) throw new Error(`part ${name} is compressed in a way Excel never writes (method ${method})`);
    if (entry.isEncrypted()) throw new Error(`part ${name} is encrypted`);
    const start = (await this.zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    const size = entry.compressedSize;
    const raw: Readable = size === 0 ? Readable.from([]) : createReadStream(this.path, { start, end: start + size - 1, highWaterMark: 1 << 20 });
    const check = checked(name, entry);
    // a reader that stops early (init reads a header row) destroys the last stream: pipeline destroys the others, so the file handle goes
    const done = (): void => {};
    // some exporters store parts uncompressed
    if (method === 0) return pipeline(raw, check, done);
    return pipeline(raw, createInflateRaw({ chunkSize: 256 * 1024 }), check, done);
  }

  /**
   * Whether a part inflates and matches the zip's checksum, read to its end:
   * after a failed read, to tell a damaged workbook from bad data.
   */
  async intact(name: string): Promise<boolean> {
    try {
      for await (const _ of await this.stream(name));
      return true;
    } catch {
      return false;
    }
  }

  /** A small entry as text (workbook.xml, rels, styles). */
  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const b of await this.stream(name)) chunks.push(b as Buffer);
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  }

  close(): void {
    this.zip.close();
  }
}
