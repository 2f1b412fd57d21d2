/**
 * The parts of a workbook that say how to read a sheet: which part holds
 * which sheet (workbook.xml and its rels), the date system (`date1904`),
 * which cell styles are dates (styles.xml), and where the shared strings
 * are (shared-strings.ts reads them).
 */
import { posix } from 'node:path';
import { builtinShown, customShown, Shown } from './cell-text.js';
import { readXmlText, type XmlHandler } from './xml.js';
import type { Zip } from './zip.js';

export interface SheetRef {
  readonly name: string;
  /** the sheet's part in the zip, e.g. `xl/worksheets/sheet1.xml` */
  readonly part: string;
}

export interface WorkbookInfo {
  /** the worksheets, in the workbook's order (chartsheets and dialog sheets left out) */
  readonly sheets: readonly SheetRef[];
  readonly date1904: boolean;
  /** how each cell style (the cells' `s`, an index into cellXfs) shows a number */
  readonly styles: Uint8Array;
  /** the shared strings' part, or null */
  readonly sharedStrings: string | null;
}

/** A handler that sees only start tags and their attributes. */
function onTags(f: (name: string, attrs: Map<string, string>) => void): XmlHandler {
  let name = '';
  let attrs = new Map<string, string>();
  return {
    open: (n) => {
      name = n;
      attrs = new Map();
    },
    attr: (k, v) => attrs.set(k, v),
    openEnd: () => f(name, attrs),
    close: () => {},
    text: () => {},
  };
}

/** `Relationship` targets by id, resolved against the folder of `part`. */
async function rels(zip: Zip, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const dir = posix.dirname(part);
  const relsPart = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  if (!zip.has(relsPart)) return [];
  const out: { id: string; type: string; target: string }[] = [];
  readXmlText(await zip.text(relsPart), onTags((name, a) => {
    if (name !== 'Relationship' || a.get('TargetMode') === 'External') return;
    const target = a.get('Target') ?? '';
    out.push({
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target)),
    });
  }));
  return out;
}

const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true' || v === 'on';

/** Reads workbook.xml, its rels and styles.xml. Throws a plain Error when the zip is not a workbook. */
export async function readWorkbook(zip: Zip): Promise<WorkbookInfo> {
  const root = await rels(zip, '');
  const main = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!zip.has(main)) throw new Error('no workbook part');
  const sheetIds: { name: string; rid: string }[] = [];
  let date1904 = false;
  readXmlText(await zip.text(main), onTags((name, a) => {
    if (name === 'workbookPr') date1904 = isTrue(a.get('date1904'));
    else if (name === 'sheet') {
      const rid = [...a].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      sheetIds.push({ name: a.get('name') ?? '', rid });
    }
  }));
  const links = await rels(zip, main);
  const byId = new Map(links.map((l) => [l.id, l]));
  const sheets: SheetRef[] = [];
  for (const s of sheetIds) {
    const l = byId.get(s.rid);
    if (l !== undefined && l.type.endsWith('/worksheet') && zip.has(l.target)) sheets.push({ name: s.name, part: l.target });
  }
  const stylesPart = links.find((l) => l.type.endsWith('/styles'))?.target;
  const styles = stylesPart !== undefined && zip.has(stylesPart) ? readStyles(await zip.text(stylesPart)) : new Uint8Array(0);
  const sst = links.find((l) => l.type.endsWith('/sharedStrings'))?.target;
  return { sheets, date1904, styles, sharedStrings: sst !== undefined && zip.has(sst) ? sst : null };
}

/** styles.xml → how each cellXfs entry shows a number. */
export function readStyles(xml: string): Uint8Array {
  const custom = new Map<number, Shown>();
  const xfs: number[] = [];
  let inCellXfs = false;
  let name = '';
  let attrs = new Map<string, string>();
  readXmlText(xml, {
    open: (n) => {
      name = n;
      attrs = new Map();
      if (n === 'cellXfs') inCellXfs = true;
    },
    attr: (k, v) => attrs.set(k, v),
    openEnd: () => {
      if (name === 'numFmt') custom.set(Number(attrs.get('numFmtId')), customShown(attrs.get('formatCode') ?? ''));
      else if (name === 'xf' && inCellXfs) xfs.push(Number(attrs.get('numFmtId') ?? '0'));
    },
    close: (n) => {
      if (n === 'cellXfs') inCellXfs = false;
    },
    text: () => {},
  });
  return Uint8Array.from(xfs, (id) => custom.get(id) ?? builtinShown(id));
}
