import type PDFKitDocument from 'pdfkit';
import { requireLibrary } from './load.js';

/** pdfkit's document class, from its CommonJS build (./load.ts says why) */
export const PDFDocument = requireLibrary('pdfkit') as typeof PDFKitDocument;
