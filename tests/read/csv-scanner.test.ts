import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvScanner, formatCsvRow, scanAll, UnclosedQuote, type ScannerLimits } from '../../src/read/csv-scanner.js';

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
}

/** Everything a scanner gives for `chunks`: its rows and long rows in order, and how it ended. */
function outcome(chunks: readonly string[], limits: ScannerLimits): { events: string[]; end: string } {
  const events: string[] = [];
  const sc = new CsvScanner((f, n, line) => events.push(`${line}:${JSON.stringify(f.slice(0, n))}`), 1, null, {
    ...limits,
    onLongRow: (line, reason) => events.push(`${line}: long: ${reason}`),
  });
  try {
    for (const c of chunks) sc.push(c);
    sc.end();
    return { events, end: 'ok' };
  } catch (err) {
    if (!(err instanceof UnclosedQuote)) throw err;
    return { events, end: `${err.line} ${err.lines} ${err.closedAt}` };
  }
}

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

  it('is lenient with text after a closing quote', () => {
    expect(scanAll('"ab"c,d\n"x"y"z\n')).toEqual([
      { fields: ['abc', 'd'], line: 1 },
      { fields: ['xy"z'], line: 2 },
    ]);
  });

  it('stops at a quote still open at the end, naming its line and the lines it would swallow', () => {
    const err = caught(() => scanAll('a,b\n1,2\n3,"open\n4,5\n6,7\n'));
    expect(err).toBeInstanceOf(UnclosedQuote);
    expect(err).toMatchObject({ line: 3, lines: 2, closedAt: null });
    expect((err as Error).message).toBe('line 3: a quote opened on this line is never closed: it would swallow the 2 lines after it, to the end of the file');
    // without a final line break, the last line counts too; on its own line, none
    expect(caught(() => scanAll('a\n"x\ny'))).toMatchObject({ line: 2, lines: 1 });
    expect(caught(() => scanAll('a\n"x'))).toMatchObject({ line: 2, lines: 0 });
    // nothing swallowed: the file ends inside the last row's quotes
    expect((caught(() => scanAll('a\n"x')) as Error).message).toBe('line 2: a quote opened on this line, the last of the file, is never closed: the file ends inside it (was it cut short?)');
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

  describe('caps (here 8 chars a field, 20 a row)', () => {
    const limits = { fieldCap: 8, rowCap: 20 };
    it('a row with a field past the cap is a long row named by its line; the next rows are read', () => {
      // (the row of line 3 runs over two lines)
      const text = 'h1,h2\n1,123456789\n2,"a\nb",12345678901234567\n3,ok\n';
      expect(outcome([text], limits)).toEqual({
        events: ['1:["h1","h2"]', '2: long: a field is longer than 8 chars', '3: long: a field is longer than 8 chars', '5:["3","ok"]'],
        end: 'ok',
      });
      // a quoted line break inside a long row still counts a line
      expect(outcome(['x\n"a\nb",1234567890\ny\n'], limits).events).toEqual(['1:["x"]', '2: long: a field is longer than 8 chars', '4:["y"]']);
    });

    it('a row past its cap with every field under it', () => {
      expect(outcome(['1234567,1234567,1234567\nok\n'], limits).events).toEqual(['1: long: the row is longer than 20 chars', '2:["ok"]']);
      // at the end of the input, without a line break
      expect(outcome(['ok\n1234567,1234567,1234567'], limits).events).toEqual(['1:["ok"]', '2: long: the row is longer than 20 chars']);
    });

    it('a quoted field past the cap stops the scan where it closes, naming the line it opened on', () => {
      expect(outcome(['a\n"1\n2\n3\n4\n5\n6",x\nb\n'], limits)).toEqual({ events: ['1:["a"]'], end: '2 5 7' });
      const err = caught(() => scanAll('a\n"1\n2\n3\n4\n5\n6",x\nb\n', limits)) as Error;
      expect(err.message).toBe('line 2: a quoted field opened on this line runs past 8 chars, over 5 lines (it closes on line 7); is a closing quote missing?');
    });
  });

  it('fuzz: random bytes with quotes and line breaks, in random chunks, end as on one chunk', () => {
    const unit = fc.constantFrom('a', 'b', ',', '"', '"', '\n', '\r', '\r\n', ' ', '中');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }).map((u) => u.join('')),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 20 }),
        (text, points, fieldCap, extra) => {
          const limits = { fieldCap, rowCap: fieldCap + extra };
          expect(outcome(cut(text, points), limits)).toEqual(outcome([text], limits));
          // with caps far away, too
          expect(outcome(cut(text, points), {})).toEqual(outcome([text], {}));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('fuzz: one char at a time ends as on one chunk', () => {
    const unit = fc.constantFrom('a', ',', '"', '\n', '\r\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), fc.integer({ min: 1, max: 6 }), (text, fieldCap) => {
        const limits = { fieldCap, rowCap: 2 * fieldCap };
        expect(outcome([...text], limits)).toEqual(outcome([text], limits));
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * Linear time: text pushed in 16 KB pieces (as a stream delivers it), a
 * row or field of 6–16 MB. The old scanner scanned a pending row again from
 * its start at every piece: quadratic; measured: 8.9 s for an 8 MB line
 * (so ~35 s for 16 MB), 243 s for the quoted field, over 20 s for the row of
 * quoted fields. Each takes 2–400 ms now on a loaded 2-core machine; the
 * bound is generous.
 */
describe('CsvScanner: linear in the length of a row or field', () => {
  const MB = 1 << 20;
  const pieces = (text: string, size = 16 * 1024): string[] => {
    const out: string[] = [];
    for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
    return out;
  };
  const run = (text: string): { result: ReturnType<typeof outcome>; ms: number } => {
    const t = performance.now();
    const result = outcome(pieces(text), {});
    return { result, ms: performance.now() - t };
  };

  it('a 16 MB line: a long row, then the next row read', () => {
    const { result, ms } = run(`a,b\n1,${'x'.repeat(16 * MB)}\n2,y\n`);
    expect(result).toEqual({ events: ['1:["a","b"]', '2: long: a field is longer than 1 MB', '3:["2","y"]'], end: 'ok' });
    expect(ms).toBeLessThan(3000);
  });

  it('an 8 MB quoted field with "" and line breaks: stopped where it closes', () => {
    const n = Math.ceil((8 * MB) / 13);
    const { result, ms } = run(`a,b\n1,"${'say ""hi""\n,'.repeat(n)}"\n2,y\n`);
    expect(result).toEqual({ events: ['1:["a","b"]'], end: `2 ${n} ${2 + n}` });
    expect(ms).toBeLessThan(3000);
  });

  it('a 6 MB row of short quoted fields: a long row (the row cap is 4 MB)', () => {
    const { result, ms } = run(`a\n${'"ab",'.repeat((6 * MB) / 5)}"z"\nok\n`);
    expect(result).toEqual({ events: ['1:["a"]', '2: long: the row is longer than 4 MB', '3:["ok"]'], end: 'ok' });
    expect(ms).toBeLessThan(3000);
  });
});
