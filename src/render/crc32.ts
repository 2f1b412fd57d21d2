import * as zlib from 'node:zlib';

const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * CRC-32 (PNG chunks, zip entries): zlib's, native, where Node has it
 * (≥ 20.15), else a table (package.json allows any Node 20).
 */
export const crc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function'
    ? (data) => zlib.crc32(data) >>> 0
    : (data) => {
        let c = 0xffffffff;
        for (let i = 0; i < data.length; i++) c = (TABLE[(c ^ (data[i] as number)) & 255] as number) ^ (c >>> 8);
        return (c ^ 0xffffffff) >>> 0;
      };
