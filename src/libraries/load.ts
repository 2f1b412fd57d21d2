/**
 * The npm libraries that ship a CommonJS build are loaded through `require`,
 * not `import` (measured on the demo, 2 cores): an `import` of a CommonJS
 * module makes Node 20 lex its source for export names (cjs-module-lexer,
 * in JavaScript). On the PDF thread that lexer ran hot enough over pdfkit's
 * and fontkit's small dependencies for V8 to optimise it: ~100 ms of
 * compiler CPU per run, for names nobody reads.
 *
 * docx and chart.js publish both builds; their CommonJS ones give the same
 * output bytes (checked on the demo: PNGs, DOCX, PDF, metrics.json). One file
 * per library, so each loads only when a renderer needs it. Types still come
 * from the packages' own declarations (`import type`).
 */
import { createRequire } from 'node:module';

export const requireLibrary = createRequire(import.meta.url);
