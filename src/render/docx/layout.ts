/**
 * The page and type sizes of a Chinese government document (GB/T 9704-2012),
 * as far as they suit a report. Word measures in twips (1/20 pt) and font
 * sizes in half-points.
 */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);
export const pt = (v: number): number => Math.round(v * 20);
/** a font size in points → docx half-points */
export const size = (points: number): number => Math.round(points * 2);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** from the page edge to the footer's page number, about 7 mm under the text block */
  footer: mm(24),
  header: mm(15),
} as const;

/** width of the text block, twips */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const TYPE = {
  /** 二号 */
  title: 22,
  /** 三号 */
  body: 16,
  /** 四号: captions, footer, closing block */
  small: 14,
  /** 小四: table cells, notes */
  table: 12,
} as const;

export const LINE = {
  /** fixed body line pitch (22 lines on a GB/T 9704 page) */
  body: pt(28.9),
  title: pt(36),
  table: pt(20),
  caption: pt(24),
} as const;

/** the body's first-line indent: two characters of 三号 */
export const INDENT_2CH = pt(TYPE.body * 2);

/**
 * A figure's width: 16 cm asked, but the text block is 15.6 cm wide (210 − 28
 * − 26 mm), and a figure wider than the text runs into the margin; so the
 * text width. docx takes image sizes in pixels at 96 per inch.
 */
export const FIGURE_WIDTH_PX = Math.floor((Math.min(160, 210 - 28 - 26) / 25.4) * 96);
