import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/demo-config.js';
import { parseExports } from '../../src/config/exports.js';
import { loadConfig } from '../../src/config/load.js';
import type { HotlineConfig } from '../../src/config/types.js';

const warnings: string[] = [];
const progress = { warn: (m: string): void => void warnings.push(m) };
const withExports: HotlineConfig = { ...loadConfig(undefined), exports: parseExports({ calls: { file: '话务明细*.xlsx' } }, 'hotline.config.json').exports };

describe('--demo and the config', () => {
  it('leaves the exports block out, saying so, and keeps the rest', () => {
    warnings.length = 0;
    const config = demoConfig(withExports, true, progress);
    expect(config.exports).toBeUndefined();
    expect(config.province).toBe(withExports.province);
    expect(warnings).toEqual([expect.stringContaining('"exports" block of the config is not used')]);
  });
  it('keeps the exports block without --demo, and says nothing', () => {
    warnings.length = 0;
    expect(demoConfig(withExports, false, progress)).toBe(withExports);
    expect(warnings).toEqual([]);
  });
  it('says nothing with --demo when there is no exports block', () => {
    warnings.length = 0;
    const plain = loadConfig(undefined);
    expect(demoConfig(plain, true, progress)).toBe(plain);
    expect(warnings).toEqual([]);
  });
});
