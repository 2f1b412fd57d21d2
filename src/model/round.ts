/**
 * Rounding of the report's figures (metrics.md "Rounding"): half-up on the
 * exact rational value, in integer arithmetic, so that no binary-float drift
 * can turn 0.125 into 0.12. Half-up means half away from zero for negative
 * values (四舍五入 on the magnitude): −0.125 → −0.13.
 */

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * num / den rounded half-up to `decimals` decimals. `num` and `den` are
 * integers, den ≠ 0. Exact: the rounding happens on integers (BigInt when the
 * intermediate values would pass 2^53), then one division by 10^decimals gives
 * the double nearest to the decimal result, which prints as that decimal.
 */
export function roundHalfUp(num: number, den: number, decimals: number): number {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) {
    throw new RangeError(`roundHalfUp needs integers and a non-zero base (got ${num}/${den})`);
  }
  const negative = num < 0 !== den < 0 && num !== 0;
  const n = Math.abs(num);
  const d = Math.abs(den);
  const scale = 10 ** decimals;
  let q: number;
  // floor((2·n·scale + d) / (2·d)) is round-half-up of n·scale/d
  if (n * scale * 2 + d <= SAFE) {
    q = Math.floor((2 * n * scale + d) / (2 * d));
  } else {
    const bd = BigInt(d);
    q = Number((2n * BigInt(n) * BigInt(scale) + bd) / (2n * bd));
  }
  if (q === 0) return 0; // never -0
  return (negative ? -q : q) / scale;
}

/** count × 100 / base as a % with 2 decimals; null when the base is 0. */
export function share(count: number, base: number): number | null {
  return base === 0 ? null : roundHalfUp(count * 100, base, 2);
}

/** (current − previous) × 100 / previous, %, 2 decimals; null when previous is 0 or missing. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return roundHalfUp((current - previous) * 100, previous, 2);
}

/** total / n rounded half-up to an integer; null when n is 0. */
export function average(total: number, n: number): number | null {
  return n === 0 ? null : roundHalfUp(total, n, 0);
}

/** Integer seconds as hours, half-up to 2 decimals (8696.575 h → 8696.58). */
export function hoursFromSeconds(seconds: number): number {
  return roundHalfUp(seconds, 3600, 2);
}
