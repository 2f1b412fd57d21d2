import type { FigureBlock } from '../../document/types.js';
import { CAPTION_PITCH, CAPTION_SIZE, FIGURE_MAX_WIDTH } from './geometry.js';
import type { Flow } from './layout.js';
import { layoutLines, plain } from './styled-text.js';

/** room above a figure and below its caption */
const GAP = 8;
/** the tallest a figure may be, as a share of the type area's height */
const MAX_HEIGHT_SHARE = 0.55;
/**
 * the most a figure is shrunk to fit the rest of a page: at 0.8 the demo's
 * civil-subcategory charts (tall bar lists after a four-line paragraph) each
 * went to the next page and left three pages 40 % empty; 0.7 keeps them
 * legible and in place
 */
const MIN_SHRINK = 0.7;

interface FigureBox {
  readonly width: number;
  readonly height: number;
  readonly captionHeight: number;
}

function box(flow: Flow, block: FigureBlock): FigureBox {
  const captionHeight = layoutLines(flow.fonts, caption(block), CAPTION_SIZE, flow.width).length * CAPTION_PITCH;
  const ratio = block.widthPx > 0 && block.heightPx > 0 ? block.heightPx / block.widthPx : 0.5625;
  let width = Math.min(FIGURE_MAX_WIDTH, flow.width);
  // a tall figure (a square pie) is scaled down to about half the type area, so it sits with its text
  const maxHeight = Math.min(flow.height() - captionHeight - 2 * GAP, MAX_HEIGHT_SHARE * flow.height());
  if (width * ratio > maxHeight) width = maxHeight / ratio;
  return { width, height: width * ratio, captionHeight };
}

function caption(block: FigureBlock): ReturnType<typeof plain> {
  return plain(`${block.number}　${block.caption}`, 'h1');
}

/** Whole height of a figure with its caption, for keeping a heading with it. */
export function figureHeight(flow: Flow, block: FigureBlock): number {
  const b = box(flow, block);
  return GAP + b.height + b.captionHeight + GAP;
}

/** A figure, centred, never split from its caption nor across pages. */
export function drawFigure(flow: Flow, block: FigureBlock, png: Buffer): void {
  let { width, height } = box(flow, block);
  const { captionHeight } = box(flow, block);
  // a figure that nearly fits the rest of the page is shrunk a little rather than leave a gap
  const room = flow.room - GAP - captionHeight;
  if (height > room && room >= MIN_SHRINK * height && !flow.atTop) {
    width *= room / height;
    height = room;
  }
  flow.need(GAP + height + captionHeight);
  if (!flow.atTop) flow.y += GAP;
  const x = flow.left + (flow.width - width) / 2;
  flow.doc.image(png, x, flow.y, { width, height });
  flow.y += height;
  const st = caption(block);
  flow.lines(st, layoutLines(flow.fonts, st, CAPTION_SIZE, flow.width), { size: CAPTION_SIZE, pitch: CAPTION_PITCH, align: 'center' });
  flow.y += GAP;
}
