// Time and peak RSS of reading a calls.csv, single thread vs parallel, each
// run in its own process. Usage:
//   node bench/read-parallel.mjs DIST_DIR CALLS.csv [single|parallel]...
// DIST_DIR: a tsc build of src (compiled workers), e.g. dist.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [dist, csv, ...modes] = process.argv.slice(2);
// FOLD=summaries: the report's summaries of 2025Q1 (src/summarize), else a light tally
async function foldSpec() {
  if (process.env.FOLD !== 'summaries') return { module: new URL('./tally-fold.mjs', import.meta.url).href, factory: 'tallyFold', init: null };
  const { summariesFoldSpec } = await import(pathToFileURL(resolve(dist, 'src/parallel/summaries-fold.js')).href);
  const { resolvePeriods } = await import(pathToFileURL(resolve(dist, 'src/period/index.js')).href);
  const { DEFAULT_CONFIG } = await import(pathToFileURL(resolve(dist, 'src/config/default.js')).href);
  return summariesFoldSpec({ file: 'calls', periodSets: [resolvePeriods('q1-2025', DEFAULT_CONFIG.calendar)], config: DEFAULT_CONFIG });
}

if (modes[0] === '--child') {
  const { readExportParallel } = await import(pathToFileURL(resolve(dist, 'src/parallel/index.js')).href);
  const spec = await foldSpec();
  const t0 = performance.now();
  const r = await readExportParallel('calls', csv, { workers: process.env.W ? Number(process.env.W) : undefined, minBytes: modes[1] === 'single' ? Infinity : 0, chunkBytes: process.env.CHUNK_MB ? Number(process.env.CHUNK_MB) * 2 ** 20 : undefined }, spec);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ mode: r.mode, rows: r.stats.rows, used: r.stats.used, ms: Math.round(ms), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), cpu: Math.round((process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000), chunks: r.chunks, talk: r.state.talk ?? r.state[0]?.calls.periods.current.inbound }));
} else {
  for (const mode of modes.length > 0 ? modes : ['single', 'parallel']) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), dist, csv, '--child', mode], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    const r = JSON.parse(out);
    console.log(`${mode.padEnd(9)} ${r.rows.toLocaleString('en-US')} rows  read ${(r.ms / 1000).toFixed(2)} s  process ${(wall / 1000).toFixed(2)} s  peak RSS ${r.peakMb} MB  cpu ${(r.cpu / 1000).toFixed(2)} s  used ${r.used} talk ${r.talk}${r.chunks ? `  chunks ${r.chunks.count}` : ''}`);
  }
}
