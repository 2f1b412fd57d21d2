import type { ExportsConfig } from './exports.js';

/** hotline.config.json, resolved (defaults filled in). See report.md "Config". */
export interface RegionConfig {
  /** display name, e.g. `黔东南州` */
  readonly name: string;
  /** other spellings found in `caller_city`, e.g. `黔东南苗族侗族自治州`, `贵阳` */
  readonly aliases: readonly string[];
  /** a minority autonomous prefecture (named as such in the text) */
  readonly minority: boolean;
}

export interface DocxFonts {
  readonly title: string;
  readonly body: string;
  readonly heading1: string;
  readonly heading2: string;
  /** Latin/digits font */
  readonly latin: string;
}

export interface PdfFonts {
  /** a TTF/OTF/TTC path for body text; null = the CJK font shipped with the dependencies */
  readonly body: string | null;
  /** for headings and title; null = same as body or the shipped sans font */
  readonly heading: string | null;
}

export interface HotlineConfig {
  /** `贵州省12348公共法律服务热线` */
  readonly hotlineName: string;
  /** `贵州省` */
  readonly province: string;
  readonly regions: readonly RegionConfig[];
  readonly issuer: string;
  /** `cn`: China statutory calendar (holidays and 调休); `weekdays`: Monday–Friday */
  readonly calendar: 'cn' | 'weekdays';
  readonly fonts: { readonly docx: DocxFonts; readonly pdf: PdfFonts };
  /** how this platform's exports are named and written (data-format.md "Your platform's exports as they are"); absent: as data-format.md names them */
  readonly exports?: ExportsConfig;
}
