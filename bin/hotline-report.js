#!/usr/bin/env node
// The command line. The TypeScript is compiled to dist/ by `npm ci` (prepare) or `npm run build`.
// Workers for a large export start before the rest of the program loads (src/cli/prewarm.ts).
import { prewarmFromArgv } from '../dist/src/cli/prewarm.js';

prewarmFromArgv(process.argv.slice(2));
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
