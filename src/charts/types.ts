/** A rendered chart, handed to the document builder and written to charts/. */
export interface RenderedChart {
  /** `01-daily-inbound`: file name without `.png`; sorts in report order */
  readonly id: string;
  /** caption without the figure number, e.g. `第一季度每日呼入量` */
  readonly caption: string;
  /** alt text: what the chart shows, with its key numbers */
  readonly alt: string;
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * One chart before rendering: a pure function of the model. `config` is a
 * Chart.js configuration of plain data (no functions), so it can be compared
 * as a snapshot; the renderer adds nothing but the canvas.
 */
export interface ChartSpec {
  readonly id: string;
  readonly caption: string;
  readonly alt: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly config: import('chart.js').ChartConfiguration;
}
