/** Small stand-in charts (real ones come from src/charts) for the document and DOCX tests. */
import { createCanvas } from '@napi-rs/canvas';
import type { RenderedChart } from '../../src/charts/types.js';

export const CHART_IDS = [
  '01-daily-inbound', '02-weekday-average', '03-daily-averages', '04-hourly-inbound', '05-regions', '06-channels', '07-categories',
  '08-caller-types', '09-civil-minors', '10-civil-migrant-workers', '11-civil-women', '12-satisfaction', '13-callbacks', '14-qa-rechecks',
] as const;

export function fakeChart(id: string, widthPx = 300, heightPx = 180): RenderedChart {
  const c = createCanvas(widthPx, heightPx);
  const g = c.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, widthPx, heightPx);
  g.fillStyle = '#3366cc';
  g.fillRect(20, 20, widthPx - 40, heightPx - 40);
  return { id, caption: `示例图 ${id}`, alt: `示例替代文字 ${id}`, png: c.toBuffer('image/png'), widthPx, heightPx };
}

export function fakeCharts(ids: readonly string[] = CHART_IDS): RenderedChart[] {
  return ids.map((id) => fakeChart(id));
}

/** The charts' PNGs by id, as the renderers take them. */
export function imagesOf(charts: readonly RenderedChart[]): Map<string, Uint8Array> {
  return new Map(charts.map((c) => [c.id, c.png]));
}
