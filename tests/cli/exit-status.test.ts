/**
 * report.md "Command line": exit status 0 done, 1 bad data or failed output,
 * 2 bad usage; each error is one line on stderr.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../e2e/helpers.js';

const DATA = 'fixtures/e2e/small';

describe('exit status', () => {
  const usage: [string, string[], RegExp][] = [
    ['an unknown format', ['2025-03', '--data', DATA, '--format', 'json,xlsx'], /--format "xlsx"/],
    ['--demo with --data', ['2025-03', '--demo', '--data', DATA], /--demo and --data exclude each other/],
    ['an issue date that does not exist', ['2025-03', '--data', DATA, '--issued', '2025-02-30'], /--issued "2025-02-30"/],
    ['a month 13', ['2025-13', '--data', DATA], /month 13/],
    ['a quarter 5', ['q5-2025', '--data', DATA], /a quarter is q1–q4/],
    ['a range of two kinds', ['2025Q1..2025-03', '--data', DATA], /both ends must be of one kind/],
    ['demo-data without --out', ['demo-data'], /--out/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 for bad usage: ${what}`, async () => {
      const r = await cli(args[0] === 'demo-data' ? args : [...args, '--out', tempDir('exit')]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    });
  }

  it('1 for bad data: a data folder that does not exist, a config file that cannot be read', async () => {
    const noData = await cli(['2025-03', '--data', join(tempDir('exit'), 'none'), '--out', tempDir('exit')]);
    expect(noData.status).toBe(1);
    expect(noData.stderr.trim().split('\n')).toHaveLength(1);
    const noConfig = await cli(['2025-03', '--data', DATA, '--config', join(tempDir('exit'), 'none.json'), '--out', tempDir('exit')]);
    expect(noConfig.status).toBe(1);
    expect(noConfig.stderr).toMatch(/^error: .*none\.json: cannot be read/);
    // a --templates folder that is not there: said at once, before any export is read
    const noTemplates = await cli(['2025-03', '--data', DATA, '--templates', join(tempDir('exit'), 'none'), '--verbose', '--out', tempDir('exit')]);
    expect(noTemplates.status).toBe(1);
    expect(noTemplates.stderr).toMatch(/--templates .*none: not a folder/);
    expect(noTemplates.stderr).not.toMatch(/reading calls/);
  });

  it('0 with warnings: missing optional files', async () => {
    const r = await cli(['2025-03', '--data', DATA, '--format', 'json', '--out', tempDir('exit'), '--issued', '2025-04-03']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: tickets\.csv not found/m);
  });
});
