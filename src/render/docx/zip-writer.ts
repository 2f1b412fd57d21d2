/**
 * A plain zip writer for the DOCX package: entries in the order given, each
 * stored or deflated by Node's zlib (native), dated with one fixed day.
 * fflate, which docx uses, deflates and checksums in JavaScript: ~60 ms for a
 * report's package in a fresh process, against a few ms here. No zip64 (a
 * report is far below 4 GB), no extra fields, no comments.
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../crc32.js';

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** false for data that is compressed already (PNG, JPEG): stored as it is */
  readonly deflate: boolean;
}

/** A calendar day, as zip's DOS date wants it (local wall-clock, no zone) */
export interface ZipDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const VERSION = 20; // 2.0: deflate
const UTF8_NAME = 0x800;

export function writeZip(entries: readonly ZipEntry[], day: ZipDay): Uint8Array {
  // DOS dates start in 1980; the time is midnight
  const dosDate = ((Math.min(Math.max(day.year, 1980), 2107) - 1980) << 9) | (day.month << 5) | day.day;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = name.some((b) => b > 0x7f) ? UTF8_NAME : 0;
    const body = e.deflate ? deflateRawSync(e.data, { level: 6 }) : e.data;
    const method = e.deflate ? 8 : 0;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time: 00:00:00
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes: all 0 (Buffer.alloc)
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...locals, dir, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
