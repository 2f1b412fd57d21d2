import { docx } from '../../src/libraries/docx.js';
import { fflate } from '../../src/libraries/fflate.js';
import { describe, expect, it } from 'vitest';
import { fixPackage, mediaKey, packDocx, zipParts } from '../../src/render/docx/zip.js';

// the builds the renderer loads (src/libraries), so the document and the packer are of one copy of docx
const { Document, Packer, Paragraph } = docx;
const { unzipSync, strFromU8, strToU8 } = fflate;

describe('zipParts', () => {
  it('zips the parts in a fixed order, [Content_Types].xml first, text deflated, PNGs stored, dated on the issue day', () => {
    const text = strToU8('<w:t>报告</w:t>'.repeat(200));
    const png = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 255);
    const zip = zipParts({ 'word/a.xml': text, 'word/media/b.png': png, '[Content_Types].xml': strToU8('<Types/>') }, '2025-04-03');
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'word/a.xml', 'word/media/b.png']);
    expect(strFromU8(files['word/a.xml']!)).toBe(strFromU8(text));
    expect([...files['word/media/b.png']!]).toEqual([...png]);
    expect(zip.length).toBeLessThan(text.length);
    const b = Buffer.from(zip);
    const at = b.indexOf('word/media/b.png');
    expect(b.readUInt16LE(at - 30 + 8)).toBe(0); // method: stored
    // DOS date of 2025-04-03, time 00:00
    expect(b.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (4 << 5) | 3);
    expect(b.readUInt16LE(10)).toBe(0);
  });
});

describe('packDocx', () => {
  it('gives what Packer gives once made deterministic, the same bytes every time', async () => {
    const make = (): InstanceType<typeof Document> => new Document({ creator: 'x', sections: [{ children: [new Paragraph('第一段'), new Paragraph('第二段')] }] });
    const fast = await packDocx(make(), '2025-04-03');
    // docx's own package dated now: different bytes, the same parts
    const now = await Packer.toBuffer(make());
    expect(Object.keys(unzipSync(fast)).sort()).toEqual(Object.keys(unzipSync(now)).sort());
    expect(Buffer.from(fast).equals(Buffer.from(fixPackage(now, '2025-04-03')))).toBe(true);
    expect(Buffer.from(fast).equals(Buffer.from(await packDocx(make(), '2025-04-03')))).toBe(true);
    expect(strFromU8(unzipSync(fast)['docProps/core.xml']!)).toContain('2025-04-03T00:00:00Z');
  });
});

describe('zipParts with media swaps', () => {
  it("gives a stand-in's part its PNG, and names a stand-in the package lacks", () => {
    const standIn = strToU8('figure 1 01-daily-inbound');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const files = { '[Content_Types].xml': strToU8('<Types/>'), 'word/media/abc.png': standIn };
    const zipped = zipParts({ ...files }, '2025-04-03', new Map([[mediaKey(standIn), png]]));
    expect([...unzipSync(zipped)['word/media/abc.png']!]).toEqual([...png]);
    const missing = strToU8('figure 2 02-weekday-average');
    expect(() => zipParts({ ...files }, '2025-04-03', new Map([[mediaKey(missing), png]]))).toThrow(/lacks the picture of figure 2 02-weekday-average/);
  });
});
