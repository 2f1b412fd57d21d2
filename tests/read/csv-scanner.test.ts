import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvScanner, formatCsvRow, scanAll } from '../../src/read/csv-scanner.js';

function scanChunks(chunks: readonly string[]): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = [];
  const sc = new CsvScanner((f, n, line) => rows.push({ fields: f.slice(0, n), line }));
  for (const c of chunks) sc.push(c);
  sc.end();
  return rows;
}

/** every split of `text` into pieces at the given cut points */
function cut(text: string, points: readonly number[]): string[] {
  const sorted = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of sorted) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  out.push(text.slice(prev));
  return out;
}

describe('CsvScanner', () => {
  it('splits plain rows, LF and CRLF, with or without a final line break', () => {
    expect(scanAll('a,b,c\n1,2,3\n')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '2', '3'], line: 2 },
    ]);
    expect(scanAll('a,b\r\n1,2')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
  });

  it('keeps empty fields', () => {
    expect(scanAll(',a,,\n')).toEqual([{ fields: ['', 'a', '', ''], line: 1 }]);
  });

  it('reads quoted commas, "" escapes and line breaks, and numbers rows by their first physical line', () => {
    const text = 'id,note\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\r\nlines"\r\n4,x\r\n';
    expect(scanAll(text)).toEqual([
      { fields: ['id', 'note'], line: 1 },
      { fields: ['1', 'a, b'], line: 2 },
      { fields: ['2', 'say "hi"'], line: 3 },
      { fields: ['3', 'two\r\nlines'], line: 4 },
      { fields: ['4', 'x'], line: 6 },
    ]);
  });

  it('skips empty lines but counts them', () => {
    expect(scanAll('a\n\n\r\nb\n')).toEqual([
      { fields: ['a'], line: 1 },
      { fields: ['b'], line: 4 },
    ]);
  });

  it('is lenient with text after a closing quote and with an unterminated quote at the end', () => {
    expect(scanAll('"ab"c,d\n"open,e')).toEqual([
      { fields: ['abc', 'd'], line: 1 },
      { fields: ['open,e'], line: 2 },
    ]);
  });

  it('gives the same rows for every split of a tricky text', () => {
    const text = 'h1,h2\r\n"a""b","c\r\nd"\r\n"",x\n"q",""""\r\nlast,"1,2"';
    const whole = scanAll(text);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        expect(scanChunks([text.slice(0, i), text.slice(i, j), text.slice(j)])).toEqual(whole);
      }
    }
  });

  it('property: random fields → serialize → scan in random chunks → same fields and lines', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '中', 'x'), maxLength: 8 });
    const row = fc.array(field, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, crlf, finalBreak, points) => {
          const eol = crlf ? '\r\n' : '\n';
          const text = rows.map(formatCsvRow).join(eol) + (finalBreak ? eol : '');
          let line = 1;
          const expected = rows.map((fields) => {
            const r = { fields, line };
            line += formatCsvRow(fields).split('\n').length;
            return r;
          });
          expect(scanChunks(cut(text, points))).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
