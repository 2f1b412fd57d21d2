/**
 * One piece of a sheet's XML (whole rows, cut after a `</row>`) folded on
 * its own, by a worker thread or the calling thread: the rows through a
 * RowReader into a fold's state of its own, as the CSV reader's chunks are
 * (src/parallel/chunk.ts). The ids of the kept rows are logged, not
 * checked: the calling thread checks them in sheet order (parallel.ts) and
 * has a piece with repeated ids folded again with them given.
 */
import type { FileName } from '../../records.js';
import type { ColumnTable } from '../column-table.js';
import { packState, type Fold } from '../../parallel/fold.js';
import type { FoldedPart } from '../../parallel/chunk.js';
import { IdHashSet } from '../id-set.js';
import { RowReader } from '../row-reader.js';
import { SheetRows, type SheetFormat } from './sheet.js';
import { Utf8Text } from './utf8.js';
import type { ExportMapping } from '../../config/exports.js';

export interface PieceContext {
  readonly file: FileName;
  /** the config's headers and values for the export (RowReaderOptions.mapping) */
  readonly mapping?: ExportMapping | undefined;
  /** the file as messages name it */
  readonly fileName: string;
  readonly format: SheetFormat;
  /** the header row's cells, when the piece comes after it; null for the sheet's first piece, which holds it */
  readonly header?: readonly string[] | null;
}

export interface PieceJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  /** ids (hash pairs) kept before this piece, and ids repeated within it (see RowReaderOptions.earlier/again) */
  readonly repeats?: { readonly earlier: Int32Array; readonly again: Int32Array } | undefined;
}

export interface PieceResult extends FoldedPart {
  /** where each column was found (the piece that holds the header) */
  readonly table: ColumnTable | null;
  /** a row without `r` was met: the piece cannot be read alone */
  readonly unnumbered: boolean;
  /** the header row (the first piece only): its cells and width */
  readonly header?: { readonly cells: string[]; readonly line: number } | undefined;
  /** the piece's bytes, handed back (to be sent again if it has to be folded again) */
  readonly bytes: Uint8Array;
  /** ranges of cells merged over several rows, listed after the rows (the last piece): SheetRows.merged */
  readonly merged?: { readonly count: number; readonly refs: readonly string[] } | undefined;
}

function setOf(pairs: Int32Array | undefined): IdHashSet | undefined {
  if (pairs === undefined || pairs.length === 0) return undefined;
  const s = new IdHashSet(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) s.addHash(pairs[k] as number, pairs[k + 1] as number);
  return s;
}

export class PieceFolder<S, F extends FileName> {
  private readonly decoder = new Utf8Text();

  constructor(
    private readonly ctx: PieceContext,
    private readonly fold: Fold<S, F>,
  ) {}

  run(job: PieceJob): PieceResult {
    const { ctx, fold } = this;
    const header0 = ctx.header ?? null;
    const reader = new RowReader(ctx.file as F, {
      mapping: ctx.mapping,
      fileName: ctx.fileName,
      logIds: true,
      earlier: setOf(job.repeats?.earlier),
      again: setOf(job.repeats?.again),
      reuseRecord: fold.transient === true,
    });
    const state = fold.create();
    let header: PieceResult['header'];
    if (header0 !== null) reader.header(header0, header0.length, null);
    const rows = new SheetRows(
      (fields, count, line) => {
        if (reader.headerCount < 0) {
          // the header (or a title above it): every row after it has its width, blank cells past a row's last one included
          reader.row(fields, count, line);
          if (reader.headerCount >= 0) {
            rows.widen(reader.headerCount);
            header = { cells: fields.slice(0, count), line };
          }
          return;
        }
        if (rows.unsaved.length > 0) reader.unsavedFormulas(rows.unsaved, line);
        const rec = reader.row(fields, Math.max(count, reader.headerCount), line);
        if (rec !== null) fold.add(state, rec, line);
      },
      ctx.format,
      { inSheetData: header0 !== null },
    );
    if (reader.headerCount > 0) rows.widen(reader.headerCount);
    rows.writeBytes(job.bytes, this.decoder);
    rows.write(this.decoder.end());
    rows.end();
    return {
      id: job.id,
      state: packState(fold as Fold<S, never>, state),
      log: reader.log.pack(),
      rows: reader.rows,
      used: reader.used,
      first: reader.first,
      last: reader.last,
      table: reader.table,
      hashes: (reader.ids as NonNullable<typeof reader.ids>).take(),
      unnumbered: rows.unnumbered,
      header,
      bytes: job.bytes,
      merged: rows.merged.count > 0 ? rows.merged : undefined,
    };
  }
}

/**
 * Where the last whole row of `buf[0, len)` ends: just after its `</row>`
 * (or `</x:row>`, any prefix); -1 when there is none.
 */
export function lastRowEnd(buf: Uint8Array, len: number): number {
  const b = Buffer.from(buf.buffer, buf.byteOffset, len);
  let at = b.lastIndexOf('row>');
  while (at > 0) {
    let p = at - 1;
    if (b[p] === 0x3a) {
      // a prefix: back over its name to the `</`
      p--;
      while (p > 0 && b[p] !== 0x2f && b[p] !== 0x3c && b[p] !== 0x3e && b[p] !== 0x20) p--;
    }
    if (b[p] === 0x2f && b[p - 1] === 0x3c) return at + 4;
    at = at > 0 ? b.lastIndexOf('row>', at - 1) : -1;
  }
  return -1;
}
