/**
 * The workers' early start reads --data from the raw arguments, before the
 * command line is checked: a wrong guess must not fail the run (report.md:
 * bad input gets one line and exit status 1, from the normal checks).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prewarmFromArgv } from '../../src/cli/prewarm.js';

const ROOT = join(import.meta.dirname, '../..');

describe('prewarmFromArgv', () => {
  it('ignores a --data that is a file, not a folder', () => {
    expect(() => prewarmFromArgv(['2025-03', '--data', join(ROOT, 'package.json')])).not.toThrow();
    expect(() => prewarmFromArgv(['2025-03', '--data'])).not.toThrow();
  });

  it('lets the command line report such a --data as one line, exit 1', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'bin/hotline-report.js'), '2025-03', '--data', join(ROOT, 'package.json'), '--format', 'json', '--quiet'], { stdio: 'pipe' });
    } catch (err) {
      const e = err as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: calls\.csv: /);
  });
});
