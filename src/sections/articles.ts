/** 十、以案释法情况: the articles published in the period, by date then title. */
import { compareCodePoints } from '../model/order.js';
import type { ArticleRow } from '../model/types.js';
import { formatDate } from '../period/local-time.js';
import type { SectionInput } from './input.js';

export function articlesMetrics(input: SectionInput): ArticleRow[] {
  const day = (sec: number): number => Math.floor(sec / 86_400);
  return [...input.summaries.articles.articles]
    .sort((a, b) => day(a.publishedAt) - day(b.publishedAt) || compareCodePoints(a.title, b.title))
    .map((a) => ({ title: a.title, publishedAt: formatDate(day(a.publishedAt)), channels: [...a.channels] }));
}
