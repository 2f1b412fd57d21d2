/**
 * fastSubsets (src/render/pdf/subset.ts) replaces fontkit's TTFSubset._addGlyph:
 * the subsets it writes must be fontkit's own, byte for byte, for simple and
 * composite glyphs. Each side gets a fontkit of its own (a fresh copy of the
 * module), so that one is patched and the other is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shippedFontPath } from '../../src/fonts/cache.js';
import { fastSubsets } from '../../src/render/pdf/subset.js';

const require = createRequire(import.meta.url);
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

interface Glyph {
  _decode(): { numberOfContours: number } | null;
}
interface Font {
  numGlyphs: number;
  getGlyph(gid: number): Glyph;
  glyphsForString(s: string): { id: number }[];
  createSubset(): { includeGlyph(gid: number): number; encode(): Uint8Array };
}

/** a fontkit module not shared with any other caller */
function freshFontkit(): { create(bytes: Buffer): Font } {
  for (const k of Object.keys(require.cache)) if (k.includes('/node_modules/fontkit/')) delete require.cache[k];
  return require('fontkit') as { create(bytes: Buffer): Font };
}

function subsetBytes(font: Font, gids: readonly number[]): Buffer {
  const s = font.createSubset();
  for (const gid of gids) s.includeGlyph(gid);
  return Buffer.from(s.encode());
}

/** some glyphs of the font: those of a text, a run of ids, and its composite glyphs (up to 40) */
function sample(font: Font, text: string): number[] {
  const gids = new Set(font.glyphsForString(text).map((g) => g.id));
  for (let gid = 0; gid < Math.min(font.numGlyphs, 300); gid++) gids.add(gid);
  let composites = 0;
  for (let gid = 0; gid < font.numGlyphs && composites < 40; gid++) {
    if ((font.getGlyph(gid)._decode()?.numberOfContours ?? 0) < 0) {
      gids.add(gid);
      composites++;
    }
  }
  return [...gids];
}

const TEXT = '贵州省12348公共法律服务热线2025年第一季度，接通率98.52%。《民法典》“婚姻家庭编”—— Ab ÅÉïñ';

describe('fastSubsets', () => {
  const fonts = [shippedFontPath('sans', 400), shippedFontPath('serif', 700), ...(existsSync(DEJAVU) ? [DEJAVU] : [])];

  it.each(fonts)('writes the subsets fontkit writes: %s', (path) => {
    const bytes = readFileSync(path);
    const original = freshFontkit().create(bytes);
    const patched = freshFontkit().create(bytes);
    expect(fastSubsets(patched)).toBe(true);
    const gids = sample(original, TEXT);
    expect(gids.length).toBeGreaterThan(300);
    expect(subsetBytes(patched, gids).equals(subsetBytes(original, gids))).toBe(true);
  });

  it('has composite glyphs to compare where the system has DejaVu Sans', () => {
    if (!existsSync(DEJAVU)) return;
    const font = freshFontkit().create(readFileSync(DEJAVU));
    const composite = sample(font, TEXT).filter((gid) => (font.getGlyph(gid)._decode()?.numberOfContours ?? 0) < 0);
    expect(composite.length).toBeGreaterThan(10);
  });
});
