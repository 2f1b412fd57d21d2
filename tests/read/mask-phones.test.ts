import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/read/index.js';
import { maskPhones } from '../../src/read/values.js';

describe('phone numbers in values that can reach a message or a report', () => {
  it('are masked: mobiles as 138****5678, landlines after their area code', () => {
    expect(maskPhones('13812345678')).toBe('138****5678');
    expect(maskPhones('+86 13812345678')).toBe('138****5678');
    expect(maskPhones('回访13912345678未接通')).toBe('回访139****5678未接通');
    expect(maskPhones('电话0851-86801234')).toBe('电话0851-****1234');
  });

  it('are masked when typed in groups, with a country code or a bracketed area code', () => {
    expect(maskPhones('139-1234-5678')).toBe('139****5678');
    expect(maskPhones('139 1234 5678')).toBe('139****5678');
    expect(maskPhones('+86-139-1234-5678')).toBe('139****5678');
    expect(maskPhones('008613912345678')).toBe('139****5678');
    expect(maskPhones('(0851)86801234')).toBe('(0851)****1234');
    expect(maskPhones('（0851）8680-1234')).toBe('（0851）****1234');
    expect(maskPhones('0851 8680 1234')).toBe('0851 ****1234');
    expect(maskPhones('010-1234-5678')).toBe('010-****5678');
  });

  it('leave ids, dates, counts and the hotline number alone', () => {
    for (const t of ['C20250101000123', '12348', '2025-01-02 10:00:00', '1381234567', '138123456789', '138-1234-56789', '1234 5678', '2025 0101 0001', '合同、无因管理、不当得利纠纷']) {
      expect(maskPhones(t)).toBe(t);
    }
  });

  it('never appear in a bad-row reason, nor in free text the report prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-mask-'));
    const file = join(dir, 'callbacks.csv');
    writeFileSync(
      file,
      'callback_id,call_id,called_back_at,result\n' +
        'B1,K1,13812345678,误评\n' + // a number shifted into the date column
        'B2,K2,2025-01-03 10:00:00,已回访13912345678\n' +
        'B3,K3,139 1234 5678,误评\n',
    );
    const results: string[] = [];
    const { issues } = await readExport('callbacks', file, {}, (r) => results.push(r.result));
    expect(issues).toHaveLength(2);
    expect(issues[0]!.reason).toContain('138****5678');
    expect(issues[1]!.reason).toContain('139****5678');
    expect(JSON.stringify(issues)).not.toMatch(/1[3-9]\d[- ]?\d{4}[- ]?\d{4}/);
    expect(results).toEqual(['已回访139****5678']);
  });
});
