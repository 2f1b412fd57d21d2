/**
 * Writes every chart of the sample model (and of the single-day, long-list, month and
 * year variants in subfolders) to a folder to look at them, and times the rendering:
 * `npx tsx tests/charts/look.ts [dir]` (default /tmp/charts-look).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCharts } from '../../src/charts/index.js';
import { sampleModel } from '../fixtures/sample-model.js';
import { longListModel, singleDayModel, spanModel } from './models.js';

const dir = process.argv[2] ?? '/tmp/charts-look';
const times: number[] = [];
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  await renderCharts(sampleModel());
  times.push(performance.now() - t0);
}
const variants = [
  ['', sampleModel()],
  ['single-day', singleDayModel()],
  ['long-list', longListModel()],
  ['month', spanModel('month', '2025年3月', '2025-03-01', 31)],
  ['year', spanModel('year', '2025年', '2025-01-01', 365)],
] as const;
for (const [sub, model] of variants) {
  const out = join(dir, sub);
  mkdirSync(out, { recursive: true });
  for (const c of await renderCharts(model)) {
    writeFileSync(join(out, `${c.id}.png`), c.png);
    if (sub === '') console.log(`${c.id}  ${c.widthPx}x${c.heightPx}  ${c.png.length} B  ${c.caption}`);
  }
}
console.log(`14 charts: first run ${times[0]?.toFixed(0)} ms (set-up included), then ${times.slice(1).map((t) => t.toFixed(0)).join(', ')} ms`);
