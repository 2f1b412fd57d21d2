import { describe, expect, it } from 'vitest';
import { absValue, changeWord, formatHours, formatList, formatNum, formatPct, formatTitles, formatWindow } from '../../src/document/format.js';

describe('formatting helpers', () => {
  it('writes percentages with 2 decimals and a dash for null', () => {
    expect(formatPct(12.3)).toBe('12.30%');
    expect(formatPct(100)).toBe('100.00%');
    expect(formatPct(-13.35)).toBe('-13.35%');
    expect(formatPct(0)).toBe('0.00%');
    expect(formatPct(null)).toBe('—');
  });
  it('writes counts without separators and hours with 2 decimals', () => {
    expect(formatNum(65448)).toBe('65448');
    expect(formatNum(0)).toBe('0');
    expect(formatNum(null)).toBe('—');
    expect(formatHours(8696.58)).toBe('8696.58');
    expect(formatHours(12)).toBe('12.00');
  });
  it('writes hour windows', () => {
    expect(formatWindow({ from: 0, to: 8 })).toBe('00:00-08:00');
    expect(formatWindow({ from: 9, to: 21 })).toBe('09:00-21:00');
    expect(formatWindow({ from: 22, to: 24 })).toBe('22:00-24:00');
    expect(formatWindow(null)).toBe('—');
  });
  it('enumerates in Chinese and marks titles', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['A'])).toBe('A');
    expect(formatList(['A', 'B'])).toBe('A和B');
    expect(formatList(['A', 'B', 'C'])).toBe('A、B和C');
    expect(formatTitles(['甲', '乙'])).toBe('《甲》《乙》');
  });
  it('words a change', () => {
    expect(changeWord(5.62)).toBe('上升');
    expect(changeWord(-13.35)).toBe('下降');
    expect(changeWord(0)).toBe('持平');
    expect(absValue(-13.35)).toBe(13.35);
    expect(absValue(null)).toBeNull();
  });
});
