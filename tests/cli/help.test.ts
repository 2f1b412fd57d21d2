import { describe, expect, it } from 'vitest';
import { cli } from '../e2e/helpers.js';

describe('help', () => {
  it('lists the commands and points to the report options, exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/validate/);
    expect(r.stdout).toMatch(/demo-data/);
    expect(r.stdout).toMatch(/init .*hotline\.config\.json/);
    expect(r.stdout).toMatch(/hotline-report report --help/);
  });

  it('shows the report options', async () => {
    const r = await cli(['report', '--help']);
    expect(r.status).toBe(0);
    for (const opt of ['--data', '--out', '--format', '--config', '--templates', '--notes', '--issued', '--strict', '--demo', '--quiet', '--verbose']) {
      expect(r.stdout).toContain(opt);
    }
  });

  it('says what is missing when no period is given, exit 2', async () => {
    const r = await cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/period/);
  });
});

describe('help on the exports mapping', () => {
  it('points to the config\'s exports block, in the overview and in the options of report and validate', async () => {
    for (const args of [['--help'], ['report', '--help'], ['validate', '--help']]) {
      const r = await cli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/"exports"/);
    }
  });
});
