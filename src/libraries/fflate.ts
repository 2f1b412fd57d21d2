import type * as Fflate from 'fflate';
import { requireLibrary } from './load.js';

/** fflate, its CommonJS build (./load.ts says why) */
export const fflate = requireLibrary('fflate') as typeof Fflate;
