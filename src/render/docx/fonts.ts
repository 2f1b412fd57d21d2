import type { IFontAttributesProperties } from 'docx';
import type { DocxFonts } from '../../config/types.js';

/**
 * A run's fonts: the Chinese font for East Asian text, the Latin font for
 * digits and Latin letters, as a Chinese office sets them. `hint: eastAsia`
 * makes shared punctuation (quotes, dashes) take the Chinese font.
 */
export function runFonts(eastAsia: string, fonts: DocxFonts): IFontAttributesProperties {
  return { eastAsia, ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, hint: 'eastAsia' };
}
