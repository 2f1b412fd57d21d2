/**
 * The first rows of a CSV, read from its first bytes only (UTF-8 or
 * GB18030 as the reader detects them, or `encoding`): what `init` matches
 * and what a failed run checks the other exports' headers with
 * (header-check.ts), without reading a file of a million rows to its end.
 * Blank lines are left out, as the reader passes over them before the header.
 */
import { firstRows } from './csv-scanner.js';
import { decodeFile } from './decode.js';

export async function readFirstRows(path: string, fileName: string, n: number, encoding?: string): Promise<string[][]> {
  const chunks = decodeFile(path, fileName, encoding);
  let text = '';
  const rowsOf = (t: string): string[][] => firstRows(t.replace(/^\uFEFF/, ''), n + 1).filter((r) => r.some((c) => c.trim() !== ''));
  try {
    for await (const chunk of chunks) {
      text += chunk;
      // n rows are whole once a row after them has begun; a header past the first MB is not looked for
      if (rowsOf(text).length > n || text.length > 1 << 20) break;
    }
  } finally {
    await chunks.return(undefined);
  }
  // the text read may end inside a later row
  return rowsOf(text).slice(0, n);
}
