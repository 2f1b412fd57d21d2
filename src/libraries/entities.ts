import type * as Entities from 'entities';
import { requireLibrary } from './load.js';

/** entities (XML entity decoding, as htmlparser2 does it), its CommonJS build (./load.ts says why) */
export const entities = (): typeof Entities => requireLibrary('entities') as typeof Entities;
