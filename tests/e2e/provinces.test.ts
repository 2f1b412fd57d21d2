/**
 * Another province from one line of config (report.md "Config"): the demo's
 * calls re-labelled to 四川省 (autonomous prefectures), 江苏省 (none) and 重庆市
 * (a municipality: districts and counties), each report rendered from
 * `{"province": "…"}` alone. No other province's name in metrics.json, the
 * DOCX or the PDF; every region row matched (未知 only for blank cities); the
 * minority sentence only where there are autonomous prefectures; the regions
 * chart's labels apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/index.js';
import { provinces } from '../../src/config/province.js';
import { parts, unescapeXml } from '../docx/unzip.js';
import { chartTextBoxes, overlapping } from '../charts/label-boxes.js';
import { cli, demoData, tempDir } from './helpers.js';
import { has, run, squeeze } from './look.js';
import { relabelDemo } from './relabel.js';

const poppler = has('pdftotext');
if (!poppler) console.warn('tests/e2e/provinces: pdftotext not installed, the PDF text check is skipped');

const CASES = [
  { given: '四川', full: '四川省', regions: 21, minority: ['阿坝州', '甘孜州', '凉山州'], term: '市州', outside: '省外' },
  { given: '江苏省', full: '江苏省', regions: 13, minority: [], term: '市', outside: '省外' },
  { given: '重庆市', full: '重庆市', regions: 38, minority: [], term: '区县', outside: '市外' },
];

describe.each(CASES)('a report for $full from {"province": "$given"}', ({ given, full, regions, minority, term, outside }) => {
  it('names only that province, matches every city, and keeps the chart readable', async () => {
    const work = tempDir(`province-${full}`);
    const data = join(work, 'data');
    const expected = relabelDemo(await demoData(), data, full);
    const config = join(work, 'hotline.config.json');
    writeFileSync(config, JSON.stringify({ province: given }));
    const out = join(work, 'reports');
    const r = await cli(['q1-2025', '--data', data, '--out', out, '--config', config, '--issued', '2025-04-03', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const dir = join(out, '2025Q1');
    const metricsText = readFileSync(join(dir, 'metrics.json'), 'utf8');
    const m = JSON.parse(metricsText);
    expect(m.meta.province).toBe(full);
    expect(m.meta.hotline).toBe(`${full}12348公共法律服务热线`);

    // every configured region has its calls, in code order; 未知 holds exactly the blank cities
    const rows: { name: string; current: number }[] = m.regions.rows;
    const configured = rows.slice(0, regions);
    expect(configured.map((x) => x.current)).toEqual(configured.map((x) => expected.byRegionQ1.get(x.name) ?? -1));
    expect(configured.every((x) => x.current > 0)).toBe(true);
    expect(rows[regions]!.name).toBe('其他省市');
    expect(rows.find((x) => x.name === '未知')?.current ?? 0).toBe(expected.unknownQ1);
    expect(expected.unknownQ1).toBeGreaterThan(0);
    expect(m.regions.minorityRegions).toEqual(expect.arrayContaining(minority));
    expect(m.regions.minorityRegions).toHaveLength(minority.length);

    // no other province's name, in any of its forms, in what a reader sees
    const others = provinces().filter((p) => p.name !== full).flatMap((p) => [p.name, p.key]);
    const docx = parts(readFileSync(join(dir, 'report.docx')));
    const docText = unescapeXml(docx.text('word/document.xml').replace(/<[^>]+>/g, ''));
    const texts: [string, string][] = [['metrics.json', metricsText], ['report.docx', docText]];
    if (poppler) texts.push(['report.pdf', squeeze(run('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-']))]);
    for (const [name, text] of texts) {
      expect(others.filter((o) => text.includes(o)), name).toEqual([]);
      expect(text, name).toContain(full);
    }
    expect(squeeze(docText)).toContain(`${full}12348公共法律服务热线`);
    // the text names autonomous prefectures only where there are some
    if (minority.length > 0) expect(docText).toMatch(/阿坝州、甘孜州和凉山州|少数民族自治州/);
    else expect(docText).not.toContain('少数民族自治州');

    // its regions and the rest of the country in its own words: 各区县, 市外 for a municipality
    const squeezed = squeeze(docText);
    expect(squeezed).toContain(`二、各${term}话务分布情况`);
    expect(squeezed).toContain(`${full}内来电量占比`);
    expect(squeezed).toMatch(new RegExp(`${outside}来电量占比\\d`));
    expect(squeezed).toContain(`各${term}话务分布情况见下表及下图`);
    if (term !== '市州') expect(squeezed).not.toContain('市州');

    // the regions chart: drawn, and no two of its labels overlap
    const spec = chartSpecs(m).find((s) => s.id === '05-regions')!;
    const boxes = chartTextBoxes(spec);
    expect(boxes.ticks.map((t) => t.text)).toEqual(rows.map((x) => x.name));
    expect(overlapping([...boxes.ticks, ...boxes.values])).toEqual([]);
    expect(readFileSync(join(dir, 'charts', '05-regions.png')).length).toBeGreaterThan(10_000);
  }, 180_000);
});
