import * as fontkit from 'fontkit';
const DEFAULT = new Set(['rvrn','ltra','ltrm','frac','numr','dnom','ccmp','locl','rlig','mark','mkmk','calt','clig','liga','rclt','curs','kern']);
for (const f of ['noto-serif-sc-chinese-simplified-400-5.3.0.ttf','noto-sans-sc-chinese-simplified-700-5.3.0.ttf','noto-serif-sc-latin-400-5.3.0.ttf']) {
  const font = fontkit.openSync('/root/.cache/hotline-report/fonts/' + f);
  for (const tname of ['GSUB','GPOS']) {
    const t = font[tname]; if (!t) continue;
    const idx = new Set();
    t.featureList.forEach((fr, i) => { if (DEFAULT.has(fr.tag)) for (const l of fr.feature.lookupListIndexes) idx.add(l); });
    // required features
    for (const s of t.scriptList) { const lss = [s.script.defaultLangSys, ...(s.script.langSysRecords||[]).map(r=>r.langSys)].filter(Boolean); for (const ls of lss) if (ls.reqFeatureIndex !== 0xffff) console.log('req feature', ls.reqFeatureIndex); }
    const lookups = t.lookupList.toArray();
    console.log(f, tname, 'default lookups', [...idx].map(i => `${i}:type${lookups[i].lookupType}/${lookups[i].subTables.length}`).join(' '));
    for (const i of idx) { const lk = lookups[i]; for (const st of lk.subTables) { const s = st.extension ?? st; console.log('   ', i, 'lookupType', lk.lookupType, 'ext', !!st.extension, 'keys', Object.keys(s).join(','), 'cov', s.coverage ? (s.coverage.version + ' n=' + (s.coverage.glyphs?.length ?? s.coverage.rangeRecords?.length)) : '-'); } }
  }
  console.log('GDEF', !!font.GDEF, font.GDEF && Object.keys(font.GDEF));
}
