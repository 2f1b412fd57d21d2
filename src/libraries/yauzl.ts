import type * as Yauzl from 'yauzl';
import { requireLibrary } from './load.js';

/** yauzl (zip archives read by their central directory, entries inflated by Node's zlib), its CommonJS build (./load.ts says why) */
export const yauzl = (): typeof Yauzl => requireLibrary('yauzl') as typeof Yauzl;
