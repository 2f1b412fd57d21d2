// Bundles the compiled program (dist/src, from tsc) into dist/bundle, which the
// command line runs: ~200 ES modules load as ~45 files. Node 20 spends a
// fraction of a millisecond on each module it resolves, reads, links and
// evaluates, on both threads of a report: the demo report took 0.96 → 0.91 s
// (20 alternating runs, 2 cores), 95 ms less CPU.
//
// The layout is flat: every entry and every shared chunk sits in dist/bundle/,
// so a module's `new URL('./x.js', import.meta.url)` — a worker's script, a
// fold's module — names the entry x.js there as it names x.js beside the
// module in dist/src (they are siblings in both). Libraries stay outside, as
// node_modules imports and requires (src/libraries). The demo generator is
// not bundled: it runs from dist/fixtures (src/demo.ts).
//
// The built-in templates (templates/*.hbs) go into the bundle precompiled:
// the module src/document/built-in-templates.ts is replaced by one holding
// Handlebars.precompile's output for each file, so a run compiles none of
// them (compiling the ten took ~70 ms of a fresh process).
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'dist', 'src');
const outdir = join(root, 'dist', 'bundle');

// what bin/hotline-report.js imports, and what is started or imported by URL at run time
// (tests/build/bundle.test.ts fails when a module loaded by URL is missing here)
const ENTRIES = [
  'cli/main.js',
  'pipeline/render-worker.js',
  'parallel/worker.js',
  'parallel/summaries-fold.js',
  'parallel/period-count-fold.js',
  'read/xlsx/xlsx-worker.js',
];

/** the same options as src/document/templates.ts TEMPLATE_OPTIONS, and the same normalisation of the text */
function precompiledTemplates() {
  const dir = join(root, 'templates');
  const specs = readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      return `  ${JSON.stringify(f)}: ${Handlebars.precompile(source, { noEscape: true })},`;
    });
  return `export const BUILT_IN_TEMPLATES = {\n${specs.join('\n')}\n};\n`;
}

const templatesPlugin = {
  name: 'built-in-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]document[\\/]built-in-templates\.js$/ }, () => ({ contents: precompiledTemplates(), loader: 'js' }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  plugins: [templatesPlugin],
  entryPoints: ENTRIES.map((e) => join(src, e)),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
