/**
 * Once per process (or worker thread): register the Chart.js parts the report
 * uses, our plugins and the shipped CJK font, and set the global defaults.
 * Registering per chart would cost time and, for fonts, duplicate faces.
 */
import { canvas } from '../libraries/canvas.js';
import { chartJs } from '../libraries/chart.js';
import { shippedFontPath } from '../fonts/cache.js';
import { whiteBackgroundPlugin } from './plugins/background.js';
import { hourBandsPlugin } from './plugins/hour-bands.js';
import { refLinesPlugin } from './plugins/ref-lines.js';
import { valueLabelsPlugin } from './plugins/value-labels.js';
import { COLORS, FONT_FAMILY, FONT_PX } from './style.js';

const { GlobalFonts } = canvas;
const {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} = chartJs;

let ready = false;

export function setUpCharts(): void {
  if (ready) return;
  if (!GlobalFonts.has(FONT_FAMILY)) {
    for (const weight of [400, 700] as const) {
      // The chinese-simplified subset also holds digits and ASCII letters.
      const key = GlobalFonts.registerFromPath(shippedFontPath('sans', weight), FONT_FAMILY);
      if (!key) throw new Error(`could not load the chart font (Noto Sans SC ${weight})`);
    }
  }
  Chart.register(
    BarController,
    BarElement,
    DoughnutController,
    ArcElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
    whiteBackgroundPlugin,
    hourBandsPlugin,
    valueLabelsPlugin,
    refLinesPlugin,
  );
  Chart.defaults.font.family = `"${FONT_FAMILY}"`;
  Chart.defaults.font.size = FONT_PX.base;
  Chart.defaults.color = COLORS.text;
  Chart.defaults.animation = false;
  ready = true;
}
