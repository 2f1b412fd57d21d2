/**
 * Writes every chart of the sample model to a folder to look at them:
 * `npx tsx tests/charts/look.ts [dir]` (default /tmp/charts-look).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCharts } from '../../src/charts/index.js';
import { sampleModel } from '../fixtures/sample-model.js';

const dir = process.argv[2] ?? '/tmp/charts-look';
mkdirSync(dir, { recursive: true });
const t0 = performance.now();
const charts = await renderCharts(sampleModel());
const ms = performance.now() - t0;
for (const c of charts) {
  writeFileSync(join(dir, `${c.id}.png`), c.png);
  console.log(`${c.id}  ${c.widthPx}x${c.heightPx}  ${c.png.length} B  ${c.caption}\n    ${c.alt}`);
}
console.log(`${charts.length} charts in ${ms.toFixed(0)} ms`);
