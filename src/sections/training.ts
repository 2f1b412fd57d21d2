/** 九、培训情况: lawyers trained in the period and how many reached the standard. */
import type { TrainingMetrics } from '../model/types.js';
import type { SectionInput } from './input.js';

export function trainingMetrics(input: SectionInput): TrainingMetrics {
  const s = input.summaries.trainings;
  return { trained: s.rows, qualified: s.qualified };
}
