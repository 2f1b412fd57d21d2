import type { HotlineConfig } from '../config/types.js';
import type { Progress } from './progress.js';

/**
 * With --demo the data are the demo's, written as data-format.md names them:
 * an `exports` block describes the user's own platform and would not find
 * them, so it is left out (the rest of the config still applies).
 */
export function demoConfig(config: HotlineConfig, demo: boolean, progress: Pick<Progress, 'warn'>): HotlineConfig {
  if (!demo || config.exports === undefined) return config;
  progress.warn('--demo: the "exports" block of the config is not used (the demo data are named and written as data-format.md says)');
  const { exports: _unused, ...rest } = config;
  return rest;
}
