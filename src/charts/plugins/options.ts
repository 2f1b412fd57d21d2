import type { ChartType } from 'chart.js';

/**
 * Options of the project's own Chart.js plugins. They are plain data (strings
 * and numbers worked out by the figure modules), so a chart config stays a
 * JSON-able snapshot and the plugins only draw.
 */

export interface ValueLabelOptions {
  /** per dataset, per data index: the text to write, or null for none */
  readonly labels: readonly (readonly (string | null)[])[];
  /**
   * `end`: past the end of a bar (above it, or right of it for horizontal bars);
   * `end-rotated`: above a vertical bar, written upwards (narrow bars);
   * `center`: at the middle of a pie slice.
   */
  readonly position: 'end' | 'end-rotated' | 'center';
  /** per dataset, per data index; default the text colour */
  readonly colors?: readonly (readonly string[])[];
  readonly fontPx: number;
}

export interface HourBand {
  /** first hour, 0–23 */
  readonly from: number;
  /** hour after the last, 1–24 */
  readonly to: number;
  readonly label: string;
  readonly color: string;
}

export interface HourBandOptions {
  readonly bands: readonly HourBand[];
  readonly fontPx: number;
}

export interface RefLine {
  readonly value: number;
  readonly label: string;
  readonly color: string;
}

export interface RefLineOptions {
  readonly lines: readonly RefLine[];
  readonly fontPx: number;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelOptions | false;
    hourBands?: HourBandOptions | false;
    refLines?: RefLineOptions | false;
  }
}
