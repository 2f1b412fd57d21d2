import { describe, expect, it } from 'vitest';
import { hourWindows, longestRun } from '../../src/sections/hour-windows.js';

describe('peak and low windows', () => {
  it('longest run, earliest on a tie, no wrap past midnight', () => {
    expect(longestRun([true, true, false, true, true])).toEqual({ from: 0, to: 2 });
    expect(longestRun([false, true, true, true, false, true])).toEqual({ from: 1, to: 4 });
    expect(longestRun([false, false])).toBeNull();
    expect(longestRun(new Array(24).fill(true))).toEqual({ from: 0, to: 24 });
  });
  it('the seed-like shape: low 00–08, peak 09–21', () => {
    // the demo's 2025Q1 hours; total 65448, mean 2727, half-mean 1363.5
    const byHour = [588, 359, 229, 196, 196, 294, 588, 1110, 2221, 4572, 5421, 5160, 3984, 4180, 5095, 5225, 5030, 4442, 3723, 3658, 3462, 2351, 1829, 1535];
    expect(hourWindows(byHour)).toEqual({ peak: { from: 9, to: 21 }, low: { from: 0, to: 8 } });
  });
  it('thresholds are exact: an hour equal to the mean is in the peak; equal to half the mean is not low', () => {
    // total 48: mean 2, half-mean 1
    const byHour = new Array(24).fill(0);
    byHour[5] = 2; byHour[6] = 2; byHour[7] = 44; // 5–8 ≥ 2
    byHour[3] = 0;
    expect(hourWindows(byHour).peak).toEqual({ from: 5, to: 8 });
    const h2 = new Array(24).fill(2); // total 48, every hour = mean, none < 1
    expect(hourWindows(h2)).toEqual({ peak: { from: 0, to: 24 }, low: null });
    const h3 = new Array(24).fill(1); h3[0] = 25; // total 48: hours of 1 are not < 1
    expect(hourWindows(h3).low).toBeNull();
  });
  it('no calls: no windows', () => {
    expect(hourWindows(new Array(24).fill(0))).toEqual({ peak: null, low: null });
  });
});
