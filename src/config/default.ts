import type { HotlineConfig } from './types.js';

/** The built-in settings: Guizhou's 12348 hotline (report.md "Config"). */
export const DEFAULT_CONFIG: HotlineConfig = {
  hotlineName: '贵州省12348公共法律服务热线',
  province: '贵州省',
  regions: [
    { name: '贵阳市', aliases: ['贵阳'], minority: false },
    { name: '遵义市', aliases: ['遵义'], minority: false },
    { name: '六盘水市', aliases: ['六盘水'], minority: false },
    { name: '安顺市', aliases: ['安顺'], minority: false },
    { name: '毕节市', aliases: ['毕节'], minority: false },
    { name: '铜仁市', aliases: ['铜仁'], minority: false },
    { name: '黔东南州', aliases: ['黔东南苗族侗族自治州', '黔东南'], minority: true },
    { name: '黔南州', aliases: ['黔南布依族苗族自治州', '黔南'], minority: true },
    { name: '黔西南州', aliases: ['黔西南布依族苗族自治州', '黔西南'], minority: true },
  ],
  issuer: '省法律援助中心',
  calendar: 'cn',
  fonts: {
    docx: {
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      latin: 'Times New Roman',
    },
    pdf: { body: null, heading: null },
  },
};
