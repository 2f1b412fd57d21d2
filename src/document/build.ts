/**
 * The model + charts + templates → the report as a flat list of blocks
 * (types.ts), which the DOCX and PDF renderers lay out as they are.
 */
import type { ChartSpec } from '../charts/types.js';
import type { ReportModel } from '../model/types.js';
import { templateContext } from './context.js';
import { withRegionTerm } from './region-terms.js';
import { parseMarkup } from './markup.js';
import { NO_DATA, SECTIONS } from './sections.js';
import { TABLES } from './tables/index.js';
import { TemplateSet } from './templates.js';
import type { Block, HeadingBlock, ReportDocument } from './types.js';
import { applyNotes, sectionBlocks, type NotesSource, type SectionBody, type SectionPart } from './notes/index.js';
import { blockName } from './notes/parse.js';

export interface BuildOptions {
  /** an analyst's folder of templates; a file it lacks falls back to the built-in one */
  readonly templatesDir?: string | undefined;
  /** the period's notes (src/document/notes): the analyst's paragraphs placed among the templates' */
  readonly notes?: NotesSource | null | undefined;
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
  const context = templateContext(model);
  const sections = sectionBodies(model, charts, new TemplateSet(opts.templatesDir), context);
  const withNotes = opts.notes ? applyNotes(opts.notes, sections, context) : sections;
  const blocks: Block[] = [
    { kind: 'title', lines: titleLines(model.meta.title, model.meta.hotline) },
    ...sectionBlocks(withNotes),
    { kind: 'closing', issuer: model.meta.issuer, dateLine: `${model.meta.issuedLabel}印发` },
  ];
  return {
    title: model.meta.title,
    author: model.meta.issuer,
    subject: `${model.period.label}运营服务情况报告`,
    issued: model.meta.issued,
    blocks,
  };
}

/**
 * Each section's heading and its blocks, grouped by the template item that
 * placed them, each marker's group named as the marker names its block: the
 * names a note's placement uses (`figure 07-categories`, `table category 民事`).
 * Tables and figures are numbered through the document.
 */
function sectionBodies(model: ReportModel, charts: readonly FigureSource[], templates: TemplateSet, context: object): SectionBody[] {
  const chartById = new Map(charts.map((c) => [c.id, c]));
  let tables = 0;
  let figures = 0;
  return SECTIONS.map((section) => {
    const heading: HeadingBlock = { kind: 'heading', level: 1, text: withRegionTerm(section.heading, model), sectionId: section.id };
    if (model.sections[section.id] !== true) {
      return { heading, parts: [{ marker: null, blocks: [{ kind: 'paragraph', runs: [{ text: NO_DATA }], style: 'body' }] }] };
    }
    const source = templates.pathOf(section.template);
    const text = templates.get(section.template)(context);
    const parts: SectionPart[] = [];
    const prose = (blocks: Block[]): void => {
      parts.push({ marker: null, blocks });
    };
    for (const item of parseMarkup(text, source)) {
      switch (item.kind) {
        case 'paragraph':
          prose([{ kind: 'paragraph', runs: [{ text: item.text }], style: 'body' }]);
          break;
        case 'note':
          prose([{ kind: 'paragraph', runs: [{ text: item.text }], style: 'note' }]);
          break;
        case 'heading2':
          parts.push({ marker: `heading2 ${item.text}`, blocks: [{ kind: 'heading', level: 2, text: item.text, sectionId: section.id }] });
          break;
        case 'figure': {
          const chart = chartById.get(item.id);
          // a chart may be absent (not drawn for empty data): place nothing, but a note may still follow its place
          if (!chart) {
            parts.push({ marker: `figure ${item.id}`, blocks: [] });
            break;
          }
          figures += 1;
          parts.push({
            marker: `figure ${item.id}`,
            blocks: [
              {
                kind: 'figure',
                number: `图${figures}`,
                caption: chart.caption,
                alt: chart.alt,
                chartId: chart.id,
                widthPx: chart.widthPx,
                heightPx: chart.heightPx,
              },
            ],
          });
          break;
        }
        case 'table': {
          const builder = TABLES[item.name];
          if (!builder) {
            throw new Error(`${source}: unknown table "${item.name}" (known: ${Object.keys(TABLES).join(', ')})`);
          }
          const marker = blockName(['table', item.name, ...item.args].join(' '));
          const spec = builder(model, item.args);
          if (!spec) {
            parts.push({ marker, blocks: [] });
            break;
          }
          tables += 1;
          parts.push({ marker, blocks: [{ kind: 'table', number: `表${tables}`, ...spec }] });
          break;
        }
      }
    }
    return { heading, parts };
  });
}
