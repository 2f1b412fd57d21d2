#!/usr/bin/env node
// The command line. The TypeScript is compiled to dist/src and bundled into dist/bundle
// (scripts/bundle.mjs) by `npm ci` (prepare) or `npm run build`.
// Workers for a large export start before the rest of the program loads (src/cli/prewarm.ts);
// without them, the run is a short one and V8's compiler is tuned for that (src/pipeline/compiler-flags.ts).
import { prewarmFromArgv } from '../dist/bundle/prewarm.js';
import { tuneForShortRun } from '../dist/bundle/compiler-flags.js';
import { installCodeCache, saveCodeCache } from '../dist/bundle/code-cache.js';

if (!prewarmFromArgv(process.argv.slice(2))) tuneForShortRun();
// The libraries' compiled code is cached between runs (src/pipeline/code-cache.ts).
if (installCodeCache()) process.on('exit', saveCodeCache);
const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main(process.argv.slice(2));
