import type * as CommanderLib from 'commander';
import { requireLibrary } from './load.js';

/** commander (CommonJS: ./load.ts says why) */
export const commander = requireLibrary('commander') as typeof CommanderLib;
