import type * as ChartJs from 'chart.js';
import { requireLibrary } from './load.js';

/** Chart.js, its CommonJS build (./load.ts says why) */
export const chartJs = requireLibrary('chart.js') as typeof ChartJs;
