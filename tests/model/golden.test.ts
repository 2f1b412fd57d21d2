/**
 * The whole metrics.json of the small data set, byte for byte. Refresh the
 * golden file only on purpose: `UPDATE=1 npx vitest run tests/model/golden.test.ts`,
 * then read its diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelToJson } from '../../src/model/json.js';
import { SMALL } from './dataset.js';
import { modelOf, type DataSet } from './helpers.js';

const dir = join(import.meta.dirname, 'golden');

function golden(name: string, spec: string, data: DataSet): void {
  const file = join(dir, `${name}.json`);
  const json = modelToJson(modelOf(spec, data));
  if (process.env.UPDATE === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, json);
  }
  expect(json).toBe(readFileSync(file, 'utf8'));
}

describe('golden metrics.json', () => {
  it('small: the hand-made data set of build.test.ts', () => golden('small', '2025-03', SMALL));
  it('calls-only: the optional exports absent', () => golden('calls-only', '2025-03', { calls: SMALL.calls ?? [] }));
  it('is stable: 2-space indent, final newline, same bytes twice', () => {
    const a = modelToJson(modelOf('2025-03', SMALL));
    expect(a).toBe(modelToJson(modelOf('2025-03', SMALL)));
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toBe('  "schema": "hotline-report/metrics@1",');
  });
});
