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
