import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createProgress } from '../../src/cli/progress.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { resolvePeriods } from '../../src/period/index.js';
import { readData } from '../../src/pipeline/read-data.js';
import { InputError } from '../../src/read/index.js';

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
});
