/**
 * One look for every figure of the report: size, fonts, palette.
 *
 * Figures are printed 16 cm wide at 200 dpi (1260 px). At that density 9 pt is
 * about 25 px, so no text is smaller than that. The palette steps through
 * clearly different lightness values so the report still reads when printed in
 * greyscale; adjacent slices and bars are also separated by white borders.
 */

export const FONT_FAMILY = 'Noto Sans SC';

export const WIDTH_PX = 1260;
/** the usual height: 0.57 of the width */
export const HEIGHT_PX = 720;
/**
 * Bounds for charts whose height follows their number of rows. Past the
 * maximum (a long list of long names) a chart grows taller still rather than
 * let names overlap: at 16 cm wide it still fits an A4 text block.
 */
export const MIN_HEIGHT_PX = 480;
export const MAX_HEIGHT_PX = 900;

export const FONT_PX = {
  /** axis ticks, legend */
  base: 27,
  /** numbers written on bars and slices */
  value: 26,
  /** axis titles, band labels */
  small: 25,
} as const;

/** Greyscale luminance (0–255) noted for each, so the steps stay apart. */
export const COLORS = {
  /** luminance ≈ 54 */
  navy: '#1F3A5F',
  /** ≈ 104 */
  blue: '#2E75B6',
  /** ≈ 153 */
  orange: '#E08A2E',
  /** ≈ 187 */
  lightBlue: '#9DC3E6',
  /** ≈ 231, only with a border */
  pale: '#FBE3C8',
  text: '#222222',
  axis: '#404040',
  grid: '#D9D9D9',
  white: '#FFFFFF',
  /** shaded hour windows */
  lowBand: '#D6D6D6',
  peakBand: '#FCE4CC',
} as const;

/** Slice colours of a pie, darkest first, so the largest slice is darkest. */
export const SERIES = [COLORS.navy, COLORS.blue, COLORS.orange, COLORS.lightBlue, COLORS.pale] as const;

/** Text colour that reads on a given fill. */
export function textOn(fill: string): string {
  return fill === COLORS.navy || fill === COLORS.blue ? COLORS.white : COLORS.text;
}
