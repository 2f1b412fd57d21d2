/**
 * Page geometry and type sizes, after GB/T 9704-2012 (the layout of Chinese
 * government documents): A4, type area 156 × 225 mm, 22 lines of 三号 text.
 * All lengths in PDF points.
 */
const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 37 * MM,
  marginBottom: 35 * MM,
  marginLeft: 28 * MM,
  marginRight: 26 * MM,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const TEXT_TOP = PAGE.marginTop;
export const TEXT_BOTTOM = PAGE.height - PAGE.marginBottom;

/** 三号 body text */
export const BODY_SIZE = 16;
/** fixed line pitch: 22 lines fill the type area (≈29 pt, "固定值 29 磅") */
export const BODY_PITCH = (TEXT_BOTTOM - TEXT_TOP) / 22;
/** 二号 title */
export const TITLE_SIZE = 22;
export const TITLE_PITCH = 36;
/** notes under tables: 四号 */
export const NOTE_SIZE = 14;
export const NOTE_PITCH = 22;
/** table text: 小四, with room around it */
export const TABLE_SIZE = 12;
export const TABLE_PITCH = 17;
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 4;
/** captions of tables and figures: 四号 */
export const CAPTION_SIZE = 14;
export const CAPTION_PITCH = 24;
/** figures: 16 cm wide at most */
export const FIGURE_MAX_WIDTH = 160 * MM;
/** page number `— 1 —`: 四号, 7 mm under the type area */
export const FOOTER_SIZE = 14;
export const FOOTER_GAP = 7 * MM;

/**
 * Baseline of text of a size centred in a line box of a pitch: the CJK em box
 * (from ascent-ish 0.88 em above the baseline to 0.12 em below) sits in the
 * middle of the box, as Word places 固定值 lines.
 */
export function baselineIn(top: number, pitch: number, size: number): number {
  return top + pitch / 2 + 0.38 * size;
}
