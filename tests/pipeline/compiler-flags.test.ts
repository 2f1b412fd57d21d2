/**
 * The compiler flags of a short run (src/pipeline/compiler-flags.ts) are V8's
 * own: a name V8 does not know would be reported on stderr of every run,
 * and tune nothing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORT_RUN_FLAGS, tuneForShortRun } from '../../src/pipeline/compiler-flags.js';

const ROOT = join(import.meta.dirname, '../..');
const onMeasuredV8 = process.versions.v8.startsWith('11.');

describe('compiler flags of a short run', () => {
  it('are known to the V8 they are set on', () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of SHORT_RUN_FLAGS) {
      const name = flag.replace(/=.*$/, '');
      expect(options, name).toContain(`  ${name} (`);
    }
  });

  it('are set only on the V8 they were measured on', () => {
    expect(tuneForShortRun('12.4.254.21')).toBe(false);
    expect(tuneForShortRun('10.2.154.26')).toBe(false);
  });

  it.runIf(onMeasuredV8)('are taken without a word on stderr', () => {
    const code = `import { tuneForShortRun } from './dist/src/pipeline/compiler-flags.js'; console.log(tuneForShortRun());`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('true');
    expect(r.stderr).toBe('');
  });
});
