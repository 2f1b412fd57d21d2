import { describe, expect, it } from 'vitest';
import { Utf8Text } from '../../src/read/xlsx/utf8.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('Utf8Text', () => {
  it('joins a character cut between two writes', () => {
    // 四 is E5 9B 9B
    const t = new Utf8Text();
    expect(t.write(bytes(0x3c, 0xe5))).toBe('<');
    expect(t.write(bytes(0x9b))).toBe('');
    expect(t.write(bytes(0x9b, 0x3e))).toBe('四>');
    expect(t.end()).toBe('');
  });

  it('leaves out a byte-order mark at the start only, also when it is cut', () => {
    const t = new Utf8Text();
    expect(t.write(bytes(0xef))).toBe('');
    expect(t.write(bytes(0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf))).toBe('a\ufeff');
    expect(t.end()).toBe('');
    // a new stream after end()
    expect(t.write(bytes(0xef, 0xbb, 0xbf, 0x62))).toBe('b');
  });

  it('reads bytes that are no UTF-8 as U+FFFD, and a character cut at the end as one', () => {
    const t = new Utf8Text();
    expect(t.write(bytes(0x61, 0xff, 0x62))).toBe('a\ufffdb');
    expect(t.write(bytes(0xe5, 0x9b))).toBe('');
    expect(t.end()).toBe('\ufffd');
  });

  it('reads a long text written in uneven pieces as TextDecoder does', () => {
    const text = '来电时间,2025年1月3日 10:05:00,四川省成都市\n'.repeat(500);
    const all = new TextEncoder().encode(`\ufeff${text}`);
    for (const step of [1, 2, 3, 7, 4096]) {
      const t = new Utf8Text();
      let out = '';
      for (let at = 0; at < all.length; at += step) out += t.write(all.subarray(at, at + step));
      out += t.end();
      expect(out).toBe(new TextDecoder().decode(all));
    }
  });
});
