import type * as Fontkit from 'fontkit';
import { requireLibrary } from './load.js';

/** fontkit's CommonJS build: the one pdfkit's CommonJS build requires, so the process has one copy (./load.ts says why) */
export const fontkit = requireLibrary('fontkit') as typeof Fontkit;
