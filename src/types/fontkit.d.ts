/**
 * fontkit ships no types. Loaded through its CommonJS build
 * (src/libraries/fontkit.ts), the same build pdfkit's CommonJS build
 * requires, so that the process loads fontkit once;
 * src/render/pdf/font-file.ts types the little of it that it uses.
 */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
