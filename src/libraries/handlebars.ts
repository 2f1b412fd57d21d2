import type HandlebarsLib from 'handlebars';
import { requireLibrary } from './load.js';

/** Handlebars (CommonJS: ./load.ts says why) */
export const Handlebars = requireLibrary('handlebars') as typeof HandlebarsLib;
