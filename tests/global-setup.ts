/**
 * Builds dist/ (what the end-to-end tests run: bin/hotline-report.js and its
 * bundle) before the tests when anything it is built from is newer than the
 * bundle, so that a test run after an edit tests the edited code.
 */
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const INPUTS = ['src', 'templates', 'fixtures', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  // a folder's own time changes when a file in it is added, renamed or removed
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export default function setup(): void {
  const built = newest(join(ROOT, 'dist', 'bundle', 'main.js'));
  if (built > 0 && Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) <= built) return;
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}
