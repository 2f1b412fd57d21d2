/**
 * fontkit ships no types. Imported as an ES module (its `node.import`
 * build), the same build pdfkit imports, so that the process loads fontkit
 * once; src/render/pdf/font-file.ts types the little of it that it uses.
 */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
