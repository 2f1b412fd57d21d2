/** The articles fold: articles published in the current period. */
import type { Period } from '../period/types.js';
import type { ArticleRecord } from '../records.js';
import { inRange } from './counts.js';

export interface ArticlesSummary {
  readonly startSec: number;
  readonly endSec: number;
  rows: number;
  /** the period's articles in file order (the model sorts them) */
  readonly articles: ArticleRecord[];
}

export function createArticlesSummary(current: Period): ArticlesSummary {
  return { startSec: current.startSec, endSec: current.endSec, rows: 0, articles: [] };
}

export function addArticle(s: ArticlesSummary, rec: ArticleRecord): void {
  if (!inRange(rec.publishedAt, s)) return;
  s.rows++;
  s.articles.push({ title: rec.title, publishedAt: rec.publishedAt, channels: [...rec.channels] });
}

export function mergeArticles(a: ArticlesSummary, b: ArticlesSummary): ArticlesSummary {
  return { startSec: a.startSec, endSec: a.endSec, rows: a.rows + b.rows, articles: [...a.articles, ...b.articles] };
}
