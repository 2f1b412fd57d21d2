/**
 * The model + charts + templates → the report as a flat list of blocks
 * (types.ts), which the DOCX and PDF renderers lay out as they are.
 */
import type { ChartSpec } from '../charts/types.js';
import type { ReportModel } from '../model/types.js';
import { templateContext } from './context.js';
import { parseMarkup } from './markup.js';
import { NO_DATA, SECTIONS } from './sections.js';
import { TABLES } from './tables/index.js';
import { TemplateSet } from './templates.js';
import type { Block, ReportDocument } from './types.js';

export interface BuildOptions {
  /** an analyst's folder of templates; a file it lacks falls back to the built-in one */
  readonly templatesDir?: string | undefined;
}

/**
 * The title over two lines as the seed sets it (hotline name, then period and
 * subject) when it starts with the hotline's name; otherwise one line.
 */
export function titleLines(title: string, hotline: string): string[] {
  if (hotline && title.startsWith(hotline) && title.length > hotline.length) return [hotline, title.slice(hotline.length)];
  return [title];
}

/** What the document needs of a chart: not its pixels (FigureImages), so a spec will do as well as a drawn chart. */
export type FigureSource = Pick<ChartSpec, 'id' | 'caption' | 'alt' | 'widthPx' | 'heightPx'>;

export function buildDocument(model: ReportModel, charts: readonly FigureSource[], opts: BuildOptions = {}): ReportDocument {
  const templates = new TemplateSet(opts.templatesDir);
  const context = templateContext(model);
  const chartById = new Map(charts.map((c) => [c.id, c]));
  const blocks: Block[] = [{ kind: 'title', lines: titleLines(model.meta.title, model.meta.hotline) }];
  let tables = 0;
  let figures = 0;

  for (const section of SECTIONS) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading, sectionId: section.id });
    if (model.sections[section.id] !== true) {
      blocks.push({ kind: 'paragraph', runs: [{ text: NO_DATA }], style: 'body' });
      continue;
    }
    const source = templates.pathOf(section.template);
    const text = templates.get(section.template)(context);
    for (const item of parseMarkup(text, source)) {
      switch (item.kind) {
        case 'paragraph':
          blocks.push({ kind: 'paragraph', runs: [{ text: item.text }], style: 'body' });
          break;
        case 'note':
          blocks.push({ kind: 'paragraph', runs: [{ text: item.text }], style: 'note' });
          break;
        case 'heading2':
          blocks.push({ kind: 'heading', level: 2, text: item.text, sectionId: section.id });
          break;
        case 'figure': {
          const chart = chartById.get(item.id);
          // a chart may be absent (not drawn for empty data, or --format without png): place nothing
          if (!chart) break;
          figures += 1;
          blocks.push({
            kind: 'figure',
            number: `图${figures}`,
            caption: chart.caption,
            alt: chart.alt,
            chartId: chart.id,
            widthPx: chart.widthPx,
            heightPx: chart.heightPx,
          });
          break;
        }
        case 'table': {
          const builder = TABLES[item.name];
          if (!builder) {
            throw new Error(`${source}: unknown table "${item.name}" (known: ${Object.keys(TABLES).join(', ')})`);
          }
          const spec = builder(model, item.args);
          if (!spec) break;
          tables += 1;
          blocks.push({ kind: 'table', number: `表${tables}`, ...spec });
          break;
        }
      }
    }
  }

  blocks.push({ kind: 'closing', issuer: model.meta.issuer, dateLine: `${model.meta.issuedLabel}印发` });
  return {
    title: model.meta.title,
    author: model.meta.issuer,
    subject: `${model.period.label}运营服务情况报告`,
    issued: model.meta.issued,
    blocks,
  };
}
