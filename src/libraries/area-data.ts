import type * as AreaData from '@vant/area-data';
import { requireLibrary } from './load.js';

/**
 * China's divisions (GB/T 2260 codes → names: provinces, prefectures,
 * counties), from @vant/area-data, its CommonJS build (./load.ts says why).
 * Loaded only by a config that needs them (src/config/province.ts).
 */
export function loadAreaList(): typeof AreaData.areaList {
  return (requireLibrary('@vant/area-data') as typeof AreaData).areaList;
}
