import { describe, expect, it } from 'vitest';
import { SheetRows } from '../../src/read/xlsx/sheet.js';
import { Shown } from '../../src/read/xlsx/cell-text.js';
import type { SharedStrings } from '../../src/read/xlsx/shared-strings.js';

const shared = (items: string[]): SharedStrings => {
  const ends = new Int32Array(items.length);
  let at = 0;
  items.forEach((s, i) => (ends[i] = at += s.length));
  return { text: items.join(''), ends };
};
// style 1 is a date-time format
const format = { shared: shared(['贵阳市', '接通', 'C0007', '']), styles: Uint8Array.from([Shown.number, Shown.dateTime]), date1904: false };

/** The rows of a sheet's XML written in pieces of `step` characters (0: at once); a name must fit in two pieces, as in 48 KB ones it does. */
function rows(xml: string, step = 0): [number, string[]][] {
  const out: [number, string[]][] = [];
  const r = new SheetRows((fields, count, row) => out.push([row, fields.slice(0, count)]), format);
  if (step === 0) r.write(xml);
  else for (let at = 0; at < xml.length; at += step) r.write(xml.slice(at, at + step));
  r.end();
  return out;
}

const sheet = (body: string): string => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;

describe('SheetRows', () => {
  it('reads every kind of cell, the same however the XML is cut into pieces', () => {
    const xml = sheet(
      '<row r="2">' +
        '<c r="A2" t="s"><v>0</v></c>' + // shared
        '<c r="B2" t="s"><v>2</v></c>' +
        '<c r="C2" s="1"><v>45658.5</v></c>' + // a date-time: 2025-01-01 12:00:00
        '<c r="D2" t="n"><v>3.0</v></c>' + // a number, as General shows it
        '<c r="E2" t="str"><v>A&amp;B</v></c>' + // formula text
        '<c r="F2" t="b"><v>1</v></c>' +
        '<c r="G2" t="e"><v>#N/A</v></c>' +
        '<c r="H2" t="d"><v>2025-01-03T10:05:00</v></c>' +
        '<c r="I2" t="inlineStr"><is><r><t>毕</t></r><r><t>节</t></r><rPh><t>bi</t></rPh></is></c>' +
        '<c r="J2" t="x"><v>12</v></c>' + // an unknown type: a number
        '<c r="L2" t="s"><v>1</v></c>' + // K2 has no cell
        '</row>' +
        '<row r="5"><c r="A5" t="s"><v>00001</v></c><c r="B5" t="s"><v> 2</v></c><c r="C5" t="s"><v>&#51;</v></c><c r="D5" t="s"><v>0.0</v></c><c r="E5" t="s"><v></v></c></row>',
    );
    const want: [number, string[]][] = [
      [2, ['贵阳市', 'C0007', '2025-01-01 12:00:00', '3', 'A&B', 'TRUE', '#N/A', '2025-01-03T10:05:00', '毕节', '12', '', '接通']],
      [5, ['接通', 'C0007', '', '贵阳市']],
    ];
    expect(rows(xml)).toEqual(want);
    for (const step of [11, 12, 13, 17, 19, 23, 29, 31]) expect(rows(xml, step)).toEqual(want);
  });

  it('reads the index of a shared string cut between two pieces', () => {
    const r: string[][] = [];
    const sr = new SheetRows((f, c) => r.push(f.slice(0, c)), format);
    for (const piece of ['<sheetData><row r="1"><c r="A1" t="s"><v>0', '0', '2</v></c><c r="B1" t="s"><v>', '1</v></c><c r="C1" t="s"><v> ', '0</v></c></row></sheetData>']) sr.write(piece);
    sr.end();
    expect(r).toEqual([['C0007', '接通', '贵阳市']]);
  });

  it('reads names with a namespace prefix', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>手机</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(rows(xml, 13)).toEqual([[1, ['', '接通', '手机']]]);
  });

  it('names the cell whose shared string the workbook does not have, as written', () => {
    expect(() => rows(sheet('<row r="7"><c r="B7" t="s"><v>4</v></c></row>'))).toThrow('cell 2 of row 7 names shared string 4, which the workbook does not have');
    expect(() => rows(sheet('<row r="7"><c r="C7" t="s"><v>12345678901</v></c></row>'))).toThrow('cell 3 of row 7 names shared string 12345678901');
    expect(() => rows(sheet('<row r="7"><c r="C7" t="s"><v>12345678901</v></c></row>'), 13)).toThrow('cell 3 of row 7 names shared string 12345678901');
    expect(() => rows(sheet('<row r="7"><c r="A7" t="s"><v>x1</v></c></row>'))).toThrow('names shared string x1');
  });
});

describe('SheetRows: formulas whose value was never saved', () => {
  it('lists the columns of a row whose formula has no value, or an empty one (openpyxl), not a text formula\'s empty result', () => {
    const seen: [number, number[]][] = [];
    const r = new SheetRows((_fields, _count, row) => seen.push([row, [...r.unsaved]]), format);
    r.write(sheet(
      '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f>A2*2</f></c><c r="C2" t="str"><f>""</f><v></v></c><c r="D2"><f>A2</f><v></v></c></row>' +
        '<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="str"><f>"x"</f><v>x</v></c></row>',
    ));
    r.end();
    expect(seen).toEqual([[2, [1, 3]], [3, []]]);
  });
});

describe('SheetRows: cells merged over several rows', () => {
  it('keeps the ranges over several rows listed after the rows, however the XML is cut; a one-row merge (a title) is not one', () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<mergeCells count="8"><mergeCell ref="A1:H1"/><mergeCell ref="C3:C9"/><mergeCell ref="AA10:AB12"/><mergeCell ref="D2:D3"/><mergeCell ref="E2:E3"/><mergeCell ref="F2:F3"/><mergeCell ref="G2:G3"/><mergeCell ref="H2:H3"/></mergeCells></worksheet>';
    // pieces of 11 characters and more: a name must fit in two, as in 48 KB ones it does
    for (const step of [0, 11, 13, 17, 19]) {
      const r = new SheetRows(() => {}, format);
      if (step === 0) r.write(xml);
      else for (let at = 0; at < xml.length; at += step) r.write(xml.slice(at, at + step));
      r.end();
      expect(r.merged).toEqual({ count: 7, refs: ['C3:C9', 'AA10:AB12', 'D2:D3', 'E2:E3', 'F2:F3'] });
    }
  });
});

