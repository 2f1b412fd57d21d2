/**
 * Word is not available here; LibreOffice is the other office the report
 * must open in. Converting the DOCX to PDF headless must succeed, and the
 * PDF's text must hold the headings, tables and closing block. CJK fonts:
 * the machine may have none, so a private fontconfig maps the config's
 * Chinese font names to the fonts shipped with the npm dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { buildDocument } from '../../src/document/build.js';
import { shippedFontPath } from '../../src/fonts/cache.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { sampleModel } from '../fixtures/sample-model.js';
import { fakeCharts, imagesOf } from '../document/fake-charts.js';

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const soffice = has('soffice');
if (!soffice) console.warn('tests/docx/libreoffice: soffice is not installed, the LibreOffice conversion test is skipped');

function fontconfig(dir: string): string {
  const fontDir = dirname(shippedFontPath('serif', 400));
  shippedFontPath('sans', 400);
  const fam = (p: string): string => execFileSync('fc-scan', ['--format', '%{family[0]}', p]).toString();
  const serif = has('fc-scan') ? fam(shippedFontPath('serif', 400)) : 'Noto Serif SC';
  const sans = has('fc-scan') ? fam(shippedFontPath('sans', 400)) : 'Noto Sans SC';
  const f = DEFAULT_CONFIG.fonts.docx;
  const alias = (name: string, to: string): string => `<alias binding="same"><family>${name}</family><prefer><family>${to}</family></prefer></alias>`;
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<dir>${fontDir}</dir>\n<cachedir>${join(dir, 'fc-cache')}</cachedir>\n` +
      [alias(f.body, serif), alias(f.title, serif), alias(f.heading2, serif), alias(f.heading1, sans)].join('\n') +
      `\n</fontconfig>\n`,
  );
  return conf;
}

describe.skipIf(!soffice)('LibreOffice opens the DOCX', () => {
  it('converts it to PDF without error, with the report text in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await renderDocx(buildDocument(sampleModel(), fakeCharts()), DEFAULT_CONFIG.fonts.docx, imagesOf(fakeCharts())));
    mkdirSync(join(dir, 'out'));
    // a private profile: a concurrent soffice of someone else would otherwise lock ours
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), docx],
      { env: { ...process.env, FONTCONFIG_FILE: fontconfig(dir) }, timeout: 120_000, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(dir, 'out', 'report.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (!has('pdftotext')) return;
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, '');
    for (const s of ['一、运营情况概述', '十、以案释法情况', '表1各市州话务分布情况', '省法律援助中心', '2025年4月3日印发', '呼入话务量共计65448通', '—1—']) {
      expect(text).toContain(s);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
    expect(pages).toBeGreaterThan(5);
  }, 180_000);
});
