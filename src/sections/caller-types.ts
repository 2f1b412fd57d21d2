/** 五、来电群众画像及业务情况分析: consultations by caller type, and each group's civil (民事) matters. */
import { sortRows } from '../model/order.js';
import { share } from '../model/round.js';
import type { CallerGroupMetrics, CallerTypesMetrics } from '../model/types.js';
import { CALLER_GROUPS, CALLER_TYPES, CATEGORIES } from '../records.js';
import { subcategoryRows } from './categories.js';
import type { SectionInput } from './input.js';

const CIVIL = CATEGORIES.indexOf('民事');
const GENERAL = CALLER_TYPES.indexOf('普通咨询人');

export function callerTypesMetrics(input: SectionInput): CallerTypesMetrics {
  const s = input.summaries.consultations;
  const total = s.rows;
  const typeTotal = (t: number): number => s.cells[t]!.reduce((n, cell) => n + cell.count, 0);
  const rows = sortRows(CALLER_TYPES.map((name, t) => ({ name, count: typeTotal(t), share: share(typeTotal(t), total) })));
  const groups: CallerGroupMetrics[] = CALLER_GROUPS.map((name) => {
    const t = CALLER_TYPES.indexOf(name);
    const civil = s.cells[t]![CIVIL]!;
    const groupTotal = typeTotal(t);
    return {
      name,
      total: groupTotal,
      civil: civil.count,
      civilShare: share(civil.count, groupTotal),
      civilClassified: civil.count - civil.unclassified,
      civilSubcategories: subcategoryRows(civil),
    };
  });
  return { rows, groups, otherShare: share(total - typeTotal(GENERAL), total) };
}
