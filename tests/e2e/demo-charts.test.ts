/**
 * The demo report's charts as written to charts/: all fourteen, print-sized,
 * and none blank (a chart drawn without its data or in a missing font would
 * be mostly background).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, demoData, tempDir } from './helpers.js';

let dir = '';

beforeAll(async () => {
  const out = tempDir('demo-charts');
  const r = await cli(['q1-2025', '--data', await demoData(), '--out', out, '--format', 'png', '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  dir = join(out, '2025Q1', 'charts');
}, 120_000);

describe('the demo charts', () => {
  it('are the fourteen figures of the report', () => {
    expect(readdirSync(dir).sort()).toEqual([
      '01-daily-inbound.png', '02-weekday-average.png', '03-daily-averages.png', '04-hourly-inbound.png',
      '05-regions.png', '06-channels.png', '07-categories.png', '08-caller-types.png', '09-civil-minors.png',
      '10-civil-migrant-workers.png', '11-civil-women.png', '12-satisfaction.png', '13-callbacks.png', '14-qa-rechecks.png',
    ]);
  });

  it('are 16 cm wide at 200 dpi, opaque, and have ink on them', async () => {
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, f));
      expect(bytes.length, f).toBeGreaterThan(15_000);
      const img = await loadImage(bytes);
      expect(img.width, f).toBe(1260);
      expect(img.height, f).toBeGreaterThan(400);
      const canvas = createCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      // corner is white background; a sample grid finds non-white pixels (bars, text)
      expect([data[0], data[1], data[2], data[3]], f).toEqual([255, 255, 255, 255]);
      let ink = 0;
      let samples = 0;
      for (let y = 0; y < img.height; y += 7) {
        for (let x = 0; x < img.width; x += 7) {
          const i = (y * img.width + x) * 4;
          samples++;
          if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
        }
      }
      expect(ink / samples, f).toBeGreaterThan(0.01);
    }
  });
});
