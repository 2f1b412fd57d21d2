/**
 * The ten sections in the seed's order: the id the model's `sections`
 * availability uses, the heading, and the template file that words it.
 */
export interface SectionDef {
  readonly id: string;
  readonly heading: string;
  /** file name under templates/ */
  readonly template: string;
}

export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', heading: '一、运营情况概述', template: '01-overview.hbs' },
  { id: 'regions', heading: '二、各市州话务分布情况', template: '02-regions.hbs' },
  { id: 'channels', heading: '三、群众来电方式情况', template: '03-channels.hbs' },
  { id: 'categories', heading: '四、来电业务类型', template: '04-categories.hbs' },
  { id: 'callerTypes', heading: '五、来电群众画像及业务情况分析', template: '05-caller-types.hbs' },
  { id: 'tickets', heading: '六、工单转交办理情况', template: '06-tickets.hbs' },
  { id: 'satisfaction', heading: '七、人民群众满意度情况', template: '07-satisfaction.hbs' },
  { id: 'qa', heading: '八、质检情况', template: '08-qa.hbs' },
  { id: 'training', heading: '九、培训情况', template: '09-training.hbs' },
  { id: 'articles', heading: '十、以案释法情况', template: '10-articles.hbs' },
];

/** what a section without data says (report.md) */
export const NO_DATA = '本期无相关数据。';
