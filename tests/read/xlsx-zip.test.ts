import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { Zip } from '../../src/read/xlsx/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));

async function bytesOf(zip: Zip, name: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of await zip.stream(name)) parts.push(b as Buffer);
  return Buffer.concat(parts);
}

describe('Zip.stream', () => {
  it('reads each entry from its own data, stored or deflated, empty or larger than one read', async () => {
    // incompressible: 3 MB deflated is ~3 MB to read, in several 1 MB reads
    const noise = randomBytes(3 << 20);
    const text = strToU8('<sst>贵阳市</sst>'.repeat(50_000));
    const path = join(dir, 'a.zip');
    writeFileSync(
      path,
      zipSync({
        'empty-stored.xml': [new Uint8Array(0), { level: 0 }],
        'empty-deflated.xml': [new Uint8Array(0), { level: 6 }],
        ['xl/a-long-name-before-the-data/'.repeat(8) + 'x.xml']: [strToU8('hello'), { level: 0 }],
        'noise.bin': [noise, { level: 6 }],
        'text.xml': [text, { level: 9 }],
        'text-stored.xml': [text, { level: 0 }],
      }),
    );
    const zip = await Zip.open(path);
    try {
      expect((await bytesOf(zip, 'empty-stored.xml')).length).toBe(0);
      expect((await bytesOf(zip, 'empty-deflated.xml')).length).toBe(0);
      expect((await bytesOf(zip, 'xl/a-long-name-before-the-data/'.repeat(8) + 'x.xml')).toString()).toBe('hello');
      expect((await bytesOf(zip, 'noise.bin')).equals(noise)).toBe(true);
      expect((await bytesOf(zip, 'text.xml')).equals(Buffer.from(text))).toBe(true);
      expect(await zip.text('text-stored.xml')).toBe('<sst>贵阳市</sst>'.repeat(50_000));
    } finally {
      zip.close();
    }
  });
});
