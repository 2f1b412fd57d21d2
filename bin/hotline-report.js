#!/usr/bin/env node
// The command line: the program is compiled and bundled into dist/bundle by `npm run build` (and `npm ci`).
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
