/**
 * Tools to open the real outputs of a run the way a reader's programs do:
 * poppler for the PDF, unzip for the DOCX, LibreOffice for the DOCX as an
 * office opens it. Each tool may be missing on a machine; `has` says so and
 * the tests skip with a message instead of failing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { shippedFontPath } from '../../src/fonts/cache.js';

export function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** stdout of a command as text; throws with its stderr when it fails */
export function run(cmd: string, args: readonly string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** All whitespace removed: pdftotext breaks lines and spreads justified lines with spaces. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * A private fontconfig that maps the Chinese font names the DOCX asks for
 * (仿宋_GB2312, 黑体, …) to the Noto fonts shipped with the npm dependencies,
 * so LibreOffice lays the text out with CJK glyphs on a machine without
 * Chinese fonts (as tests/docx/libreoffice.test.ts does).
 */
function fontconfig(dir: string): string {
  const serifPath = shippedFontPath('serif', 400);
  const sansPath = shippedFontPath('sans', 400);
  const fam = (p: string, fallback: string): string => (has('fc-scan') ? run('fc-scan', ['--format', '%{family[0]}', p]) : fallback);
  const serif = fam(serifPath, 'Noto Serif SC');
  const sans = fam(sansPath, 'Noto Sans SC');
  const f = DEFAULT_CONFIG.fonts.docx;
  const alias = (name: string, to: string): string =>
    `<alias binding="same"><family>${name}</family><prefer><family>${to}</family></prefer></alias>`;
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<dir>${dirname(serifPath)}</dir>\n<dir>${dirname(sansPath)}</dir>\n` +
      `<cachedir>${join(dir, 'fc-cache')}</cachedir>\n` +
      [alias(f.body, serif), alias(f.title, serif), alias(f.heading2, serif), alias(f.heading1, sans)].join('\n') +
      `\n</fontconfig>\n`,
  );
  return conf;
}

export interface OfficeResult {
  readonly status: number | null;
  readonly stderr: string;
  /** the converted PDF, when LibreOffice wrote one */
  readonly pdf: string | null;
}

/**
 * Converts a DOCX to PDF with LibreOffice headless, in a private profile
 * (a concurrent soffice elsewhere would otherwise lock ours) under `workDir`.
 */
export function officeToPdf(docx: string, workDir: string): OfficeResult {
  mkdirSync(join(workDir, 'out'), { recursive: true });
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(workDir, 'out'), docx],
    { env: { ...process.env, FONTCONFIG_FILE: fontconfig(workDir) }, timeout: 180_000, encoding: 'utf8' },
  );
  const pdf = join(workDir, 'out', basename(docx).replace(/\.docx$/, '.pdf'));
  return { status: r.status, stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`, pdf: existsSync(pdf) ? pdf : null };
}
