import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { resolveIssued } from '../../src/cli/issued.js';
import { parseFormats } from '../../src/pipeline/options.js';

describe('--format', () => {
  it('defaults to all four outputs', () => {
    expect([...parseFormats(undefined)].sort()).toEqual(['docx', 'json', 'pdf', 'png']);
  });
  it('takes a comma list, case and spaces ignored', () => {
    expect([...parseFormats(' JSON, pdf ')].sort()).toEqual(['json', 'pdf']);
  });
  it('rejects an unknown format as bad usage', () => {
    expect(() => parseFormats('json,xlsx')).toThrow(UsageError);
  });
});

describe('the issue date', () => {
  const now = Date.UTC(2025, 3, 2, 17, 30); // 2025-04-03 01:30 in China
  it('is --issued when given', () => {
    expect(resolveIssued('2025-4-3', {}, now)).toBe('2025-04-03');
  });
  it('rejects a date that does not exist', () => {
    expect(() => resolveIssued('2025-02-30', {}, now)).toThrow(UsageError);
  });
  it('comes from SOURCE_DATE_EPOCH, as a China date', () => {
    // 1743613200 = 2025-04-02T17:00:00Z = 2025-04-03 01:00 in China
    expect(resolveIssued(undefined, { SOURCE_DATE_EPOCH: '1743613200' }, now)).toBe('2025-04-03');
  });
  it('falls back to the given default, then to today in China', () => {
    expect(resolveIssued(undefined, {}, now, '2025-01-01')).toBe('2025-01-01');
    expect(resolveIssued(undefined, {}, now)).toBe('2025-04-03');
  });
});
