import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { average, change, hoursFromSeconds, roundHalfUp, share } from '../../src/model/round.js';

/** An independent reference: half-up of |n|·10^d / den with BigInt, sign restored, as a decimal string. */
function reference(num: bigint, den: bigint, d: number): string {
  const neg = num < 0n !== den < 0n && num !== 0n;
  const n = num < 0n ? -num : num;
  const m = den < 0n ? -den : den;
  const scale = 10n ** BigInt(d);
  const q = (2n * n * scale + m) / (2n * m);
  const s = q.toString().padStart(d + 1, '0');
  const text = d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
  return (neg && q !== 0n ? '-' : '') + text;
}

describe('roundHalfUp', () => {
  it('rounds .xx5 up on the exact value', () => {
    expect(roundHalfUp(1, 8, 2)).toBe(0.13); // 0.125 → 0.13 
    expect(roundHalfUp(1005, 1000, 2)).toBe(1.01); // 1.005 → 1.01 (Math.round(1.005*100)/100 = 1)
    expect(roundHalfUp(1, 2, 0)).toBe(1);
    expect(roundHalfUp(3, 2, 0)).toBe(2);
    expect(roundHalfUp(1, 3, 2)).toBe(0.33);
    expect(roundHalfUp(2, 3, 2)).toBe(0.67);
  });
  it('rounds half away from zero for negatives and never gives -0', () => {
    expect(roundHalfUp(-1, 8, 2)).toBe(-0.13);
    expect(roundHalfUp(1, -8, 2)).toBe(-0.13);
    expect(Object.is(roundHalfUp(-1, 1000, 2), 0)).toBe(true);
  });
  it('stays exact past 2^53 (BigInt path)', () => {
    expect(roundHalfUp(2 ** 52 + 1, 2, 0)).toBe(2 ** 51 + 1); // 2^51 + 0.5 → 2^51 + 1
    expect(share(4_000_000_001, 8_000_000_000)).toBe(50); // 50.0000000125 → 50.00
  });
  it('agrees with a BigInt reference on random integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d, dp) => {
        const x = roundHalfUp(n, d, dp);
        expect(Object.is(x, -0)).toBe(false);
        expect(x.toFixed(dp)).toBe(reference(BigInt(n), BigInt(d), dp));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('share, change, average, hours', () => {
  it('share is count × 100 / base to 2 decimals, null on a zero base', () => {
    expect(share(1, 800)).toBe(0.13); // 100/800 = 0.125 → 0.13
    expect(share(1, 8)).toBe(12.5);
    expect(share(2, 3)).toBe(66.67); // 66.666…
    expect(share(64482, 65448)).toBe(98.52); // the seed's answer rate
    expect(share(0, 5)).toBe(0);
    expect(share(3, 0)).toBeNull();
    expect(share(5, 5)).toBe(100);
  });
  it('share of random counts equals the BigInt reference', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 }), (c, b) => {
        expect(share(c, b)!.toFixed(2)).toBe(reference(BigInt(c) * 100n, BigInt(b), 2));
      }),
      { numRuns: 2000 },
    );
  });
  it('change is (cur − prev) × 100 / prev, null when prev is 0 or missing', () => {
    expect(change(15700, 18119)).toBe(-13.35); // −2419×100/18119 = −13.3506…
    expect(change(789, 747)).toBe(5.62); // 42×100/747 = 5.6224…
    expect(change(23555, 23487)).toBe(0.29); // 68×100/23487 = 0.2895…
    expect(change(1, 0)).toBeNull();
    expect(change(1, null)).toBeNull();
    expect(change(9, 8)).toBe(12.5);
    expect(change(8001, 8000)).toBe(0.01); // 0.0125 → 0.01
    expect(change(8003, 8000)).toBe(0.04); // 0.0375 → 0.04
  });
  it('average is half-up to an integer, null over zero days', () => {
    expect(average(65448, 90)).toBe(727); // 727.2
    expect(average(17304, 31)).toBe(558); // 558.19…
    expect(average(155, 10)).toBe(16); // 15.5 → 16
    expect(average(0, 0)).toBeNull();
  });
  it('hours from seconds, half-up to 2 decimals', () => {
    expect(hoursFromSeconds(29250)).toBe(8.13); // 8.125 h
    expect(hoursFromSeconds(31307688)).toBe(8696.58); // 8696.58 h exactly
    expect(hoursFromSeconds(3600 * 8696 + 2070)).toBe(8696.58); // 8696.575 → 8696.58
    expect(hoursFromSeconds(0)).toBe(0);
  });
});
