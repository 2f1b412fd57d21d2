import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createProgress } from '../../src/cli/progress.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { resolvePeriods } from '../../src/period/index.js';
import { readData } from '../../src/pipeline/read-data.js';
import { InputError } from '../../src/read/index.js';
import { checkData } from '../../src/pipeline/data-checks.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { tmpdir } from 'node:os';
import { dateCell, writeXlsx } from '../../bench/xlsx-writer.js';

const FIX = join(import.meta.dirname, '../../fixtures/read');

describe('readData', () => {
  it('a file given as --data is named as a file, not searched as a folder that holds no export', async () => {
    const progress = createProgress({ quiet: true, verbose: false, tty: false, write: () => {} });
    const sets = [resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)];
    const file = join(FIX, 'full', 'calls.csv');
    const err = await readData(file, sets, DEFAULT_CONFIG, { encoding: undefined }, progress).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`${file}: is a file, not a folder (--data names the folder that holds the exports)`);
    const none = await readData(join(FIX, 'nowhere'), sets, DEFAULT_CONFIG, { encoding: undefined }, progress).catch((e: unknown) => e);
    expect((none as Error).message).toMatch(/nowhere: data folder not found \(use --data DIR or --demo\)$/);
  });

  it('says that a sheet named for an export that is a CSV is not used', async () => {
    const progress = createProgress({ quiet: true, verbose: false, tty: false, write: () => {} });
    const sets = [resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)];
    const config = { ...DEFAULT_CONFIG, exports: { calls: { source: 'hotline.config.json', sheet: '话务明细', columns: {}, values: {} } } };
    const data = await readData(join(FIX, 'full'), sets, config, { encoding: undefined }, progress);
    expect(data.warnings.filter((w) => w.startsWith('exports.'))).toEqual(['exports.calls.sheet "话务明细" names a workbook\'s sheet, but calls.csv is no workbook: it is not used']);
    const plain = await readData(join(FIX, 'full'), sets, DEFAULT_CONFIG, { encoding: undefined }, progress);
    expect(plain.warnings.filter((w) => w.startsWith('exports.'))).toEqual([]);
  });

  it('warns of a workbook\'s other sheets with the calls\' header (one sheet per month), whose rows are left out', async () => {
    const progress = createProgress({ quiet: true, verbose: false, tty: false, write: () => {} });
    const sets = [resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)];
    const dir = mkdtempSync(join(tmpdir(), 'hotline-sheets-'));
    const month = (m: number) => ({ name: `${m}月`, rows: [['通话ID', '来电时间', '号码归属省', '号码归属市', '来电方式', '呼叫结果'], [`C${m}`, dateCell(Date.UTC(2025, m - 1, 3, 9) / 1000), '贵州省', '贵阳市', '手机', '接通']] });
    await writeXlsx(join(dir, 'calls.xlsx'), [month(1), month(2), month(3)], { strings: 'shared' });
    const data = await readData(dir, sets, DEFAULT_CONFIG, { encoding: undefined }, progress);
    const verdict = checkData({ exports: data.exports, log: data.log, periodSets: sets, summaries: data.summaries });
    expect(verdict.warnings[0]).toBe(
      'calls.xlsx: sheets "2月", "3月" have the header of "1月", which alone is read as calls.csv (one sheet of a workbook is): their rows are left out; ' +
        'save each sheet as a file of its own and match the files with exports.calls.file (monthly files), or name the sheet to read with exports.calls.sheet',
    );
  });

  it('warns of cells merged over several rows, which read as blank but for the first', async () => {
    const progress = createProgress({ quiet: true, verbose: false, tty: false, write: () => {} });
    const sets = [resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)];
    const dir = mkdtempSync(join(tmpdir(), 'hotline-merged-'));
    const path = join(dir, 'calls.xlsx');
    const call = (d: number, sat: string | null) => [`C${d}`, dateCell(Date.UTC(2025, 0, d, 9) / 1000), '贵州省', '贵阳市', '手机', '接通', sat];
    await writeXlsx(path, [{ name: '话务', rows: [['通话ID', '来电时间', '号码归属省', '号码归属市', '来电方式', '呼叫结果', '满意度评价'], call(1, '满意'), call(2, null), call(3, null)] }], { strings: 'shared' });
    const files = unzipSync(readFileSync(path));
    const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    files['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="G2:G4"/></mergeCells>'));
    writeFileSync(path, zipSync(files));
    const data = await readData(dir, sets, DEFAULT_CONFIG, { encoding: undefined }, progress);
    const verdict = checkData({ exports: data.exports, log: data.log, periodSets: sets, summaries: data.summaries });
    expect(verdict.warnings[0]).toBe(
      'calls.xlsx: sheet "话务" has cells merged over several rows (G2:G4): a merged range\'s value is in its first cell only, so the others read as blank; unmerge them, filling each cell with its value, and save',
    );
  });
});
