import type * as Htmlparser2 from 'htmlparser2';
import { requireLibrary } from './load.js';

/** htmlparser2 (its Tokenizer reads the workbooks' XML), its CommonJS build (./load.ts says why) */
export const htmlparser2 = (): typeof Htmlparser2 => requireLibrary('htmlparser2') as typeof Htmlparser2;
