import type * as Canvas from '@napi-rs/canvas';
import { requireLibrary } from './load.js';

/** @napi-rs/canvas (CommonJS: ./load.ts says why) */
export const canvas = requireLibrary('@napi-rs/canvas') as typeof Canvas;
