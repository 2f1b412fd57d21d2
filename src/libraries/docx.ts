import type * as Docx from 'docx';
import { requireLibrary } from './load.js';

/** docx, its CommonJS build (./load.ts says why) */
export const docx = requireLibrary('docx') as typeof Docx;
