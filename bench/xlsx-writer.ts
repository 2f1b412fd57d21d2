/**
 * A streaming .xlsx writer for benchmarks and tests: rows in, a workbook out,
 * the sheet never held whole (fflate's Zip + ZipDeflate, plain XML strings).
 *
 * Two kinds of string cells, as real exporters write them:
 * - `shared`: every text cell is an index into xl/sharedStrings.xml, which is
 *   written AFTER the sheet in the zip (as Excel orders its parts), so a
 *   reader cannot meet the strings first by reading the zip front to back;
 * - `inline`: `t="inlineStr"` cells, non-ASCII characters written as numeric
 *   character references (`&#22235;`), as openpyxl-style exporters do.
 *
 * Cells: a string, a number, a boolean, null/undefined (no cell), or an
 * `XlsxCell` object to write any other form (a styled number such as a date,
 * `t="str"`, `t="e"`, a raw cell). A row may give its sheet row number
 * (`{ r, cells }`), so rows can skip numbers.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';

export interface XlsxCell {
  /** the cell's `t` attribute; omitted for numbers */
  readonly t?: 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'n';
  /** the text of `<v>` (or of `<is><t>` for inlineStr, escaped here) */
  readonly v: string;
  /** index into cellXfs (see XlsxOptions.styles) */
  readonly s?: number;
}

export type CellValue = string | number | boolean | null | undefined | XlsxCell;
export type XlsxRow = readonly CellValue[] | { readonly r: number; readonly cells: readonly CellValue[] };

export interface XlsxSheet {
  readonly name: string;
  readonly rows: Iterable<XlsxRow> | AsyncIterable<XlsxRow>;
}

export interface XlsxOptions {
  readonly strings: 'shared' | 'inline';
  /** `<workbookPr date1904="1"/>` */
  readonly date1904?: boolean;
  /** custom number formats, id ≥ 164 */
  readonly numFmts?: readonly { readonly id: number; readonly code: string }[];
  /**
   * numFmtId of each cellXfs entry, by index (the cells' `s`). Default:
   * STYLE below (0 General, 1 m/d/yy h:mm (22), 2 m/d/yy (14), 3 custom
   * yyyy-mm-dd hh:mm:ss (164), 4 0.00 (2)).
   */
  readonly styles?: readonly number[];
  /** deflate level (default 6) */
  readonly level?: number;
}

/** The default cellXfs indexes. */
export const STYLE = { general: 0, dateTime: 1, date: 2, isoDateTime: 3, twoDecimals: 4 } as const;
const DEFAULT_STYLES = [0, 22, 14, 164, 2];
const DEFAULT_FMTS = [{ id: 164, code: 'yyyy-mm-dd hh:mm:ss' }];

/** Excel's serial day number of a wall-clock time (seconds since 1970-01-01 as if UTC). */
export function excelSerial(localSeconds: number, date1904 = false): number {
  return localSeconds / 86_400 + (date1904 ? 24_107 : 25_569);
}

/** A date(-time) cell: its serial number, shown with the given style. */
export const dateCell = (localSeconds: number, s: number = STYLE.isoDateTime, date1904 = false): XlsxCell => ({ v: String(excelSerial(localSeconds, date1904)), s });

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
/** escaped, and every non-ASCII character as a numeric character reference */
const escNcr = (s: string): string => {
  const e = esc(s);
  let ascii = true;
  for (let i = 0; i < e.length; i++) if (e.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return e;
  let out = '';
  for (const ch of e) {
    const cp = ch.codePointAt(0) as number;
    out += cp > 127 ? `&#${cp};` : ch;
  }
  return out;
};
const space = (s: string): string => (s !== s.trim() || s.includes('\n') ? ' xml:space="preserve"' : '');

/** A1-style column letters of a 0-based index. */
export function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const COLS = Array.from({ length: 64 }, (_, i) => colName(i));

/** Writes the workbook to `path`. */
export async function writeXlsx(path: string, sheets: readonly XlsxSheet[], opts: XlsxOptions): Promise<void> {
  const fd = openSync(path, 'w');
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err !== null) failed = err;
    else writeSync(fd, data);
  });
  const level = (opts.level ?? 6) as 6;
  const add = (name: string, text: string): void => {
    const f = new ZipDeflate(name, { level });
    zip.add(f);
    f.push(strToU8(text), true);
  };
  try {
    const shared = new Map<string, number>();
    let sharedCount = 0;
    const sheetNames = sheets.map((s) => s.name);
    add('[Content_Types].xml', contentTypes(sheets.length, opts.strings === 'shared'));
    add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    add('xl/workbook.xml', workbookXml(sheetNames, opts.date1904 === true));
    add('xl/_rels/workbook.xml.rels', workbookRels(sheets.length, opts.strings === 'shared'));
    for (let k = 0; k < sheets.length; k++) {
      const sheet = sheets[k] as XlsxSheet;
      const f = new ZipDeflate(`xl/worksheets/sheet${k + 1}.xml`, { level });
      zip.add(f);
      let buf = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>';
      let next = 1;
      for await (const row of sheet.rows) {
        const r = Array.isArray(row) ? next : (row as { r: number }).r;
        const cells = Array.isArray(row) ? (row as readonly CellValue[]) : (row as { cells: readonly CellValue[] }).cells;
        next = r + 1;
        buf += `<row r="${r}">`;
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i];
          if (c === null || c === undefined) continue;
          const ref = `${COLS[i] ?? colName(i)}${r}`;
          if (typeof c === 'string') {
            if (opts.strings === 'shared') {
              let n = shared.get(c);
              if (n === undefined) shared.set(c, (n = shared.size));
              sharedCount++;
              buf += `<c r="${ref}" t="s"><v>${n}</v></c>`;
            } else {
              buf += `<c r="${ref}" t="inlineStr"><is><t${space(c)}>${escNcr(c)}</t></is></c>`;
            }
          } else if (typeof c === 'number') {
            buf += `<c r="${ref}"><v>${c}</v></c>`;
          } else if (typeof c === 'boolean') {
            buf += `<c r="${ref}" t="b"><v>${c ? 1 : 0}</v></c>`;
          } else {
            const t = c.t === undefined ? '' : ` t="${c.t}"`;
            const s = c.s === undefined ? '' : ` s="${c.s}"`;
            const body = c.t === 'inlineStr' ? `<is><t${space(c.v)}>${escNcr(c.v)}</t></is>` : `<v>${esc(c.v)}</v>`;
            buf += `<c r="${ref}"${t}${s}>${body}</c>`;
          }
        }
        buf += '</row>';
        if (buf.length > 1 << 20) {
          f.push(strToU8(buf), false);
          buf = '';
          if (failed !== null) throw failed;
        }
      }
      f.push(strToU8(`${buf}</sheetData></worksheet>`), true);
    }
    add('xl/styles.xml', stylesXml(opts.styles ?? DEFAULT_STYLES, opts.numFmts ?? DEFAULT_FMTS));
    if (opts.strings === 'shared') {
      const f = new ZipDeflate('xl/sharedStrings.xml', { level });
      zip.add(f);
      let buf = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sharedCount}" uniqueCount="${shared.size}">`;
      for (const s of shared.keys()) {
        buf += `<si><t${space(s)}>${esc(s)}</t></si>`;
        if (buf.length > 1 << 20) {
          f.push(strToU8(buf), false);
          buf = '';
        }
      }
      f.push(strToU8(`${buf}</sst>`), true);
    }
    zip.end();
    if (failed !== null) throw failed;
  } finally {
    closeSync(fd);
  }
}

function contentTypes(sheets: number, shared: boolean): string {
  const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  let s = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${main}.sheet.main+xml"/>`;
  for (let k = 1; k <= sheets; k++) s += `<Override PartName="/xl/worksheets/sheet${k}.xml" ContentType="${main}.worksheet+xml"/>`;
  s += `<Override PartName="/xl/styles.xml" ContentType="${main}.styles+xml"/>`;
  if (shared) s += `<Override PartName="/xl/sharedStrings.xml" ContentType="${main}.sharedStrings+xml"/>`;
  return `${s}</Types>`;
}

function workbookXml(names: readonly string[], date1904: boolean): string {
  const sheets = names.map((n, k) => `<sheet name="${esc(n)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number, shared: boolean): string {
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  let s = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  for (let k = 1; k <= sheets; k++) s += `<Relationship Id="rId${k}" Type="${R}/worksheet" Target="worksheets/sheet${k}.xml"/>`;
  s += `<Relationship Id="rId${sheets + 1}" Type="${R}/styles" Target="styles.xml"/>`;
  if (shared) s += `<Relationship Id="rId${sheets + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${s}</Relationships>`;
}

function stylesXml(styles: readonly number[], fmts: readonly { id: number; code: string }[]): string {
  const numFmts = fmts.length === 0 ? '' : `<numFmts count="${fmts.length}">${fmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join('')}</numFmts>`;
  const xfs = styles.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id === 0 ? '' : ' applyNumberFormat="1"'}/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${styles.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}
