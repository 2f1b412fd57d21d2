/**
 * warmUpNumberFormat loads ICU's number formatting ahead (src/charts/warm-up.ts):
 * it must use the locale Chart.js formats in, so that the data it loads are
 * the ones the charts need.
 */
import { describe, expect, it } from 'vitest';
import { warmUpNumberFormat } from '../../src/charts/warm-up.js';
import { chartJs } from '../../src/libraries/chart.js';

describe('warmUpNumberFormat', () => {
  it('runs, and Chart.js formats its ticks in the same (default) locale', () => {
    expect(() => warmUpNumberFormat()).not.toThrow();
    // Chart.js passes options.locale to Intl.NumberFormat; unset, it is the default locale warmed here
    expect((chartJs.Chart.defaults as { locale?: string }).locale).toBeUndefined();
  });
});
