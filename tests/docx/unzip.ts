import { strFromU8, unzipSync } from 'fflate';

/** The parts of a DOCX as text (XML) or bytes (media). */
export function parts(bytes: Uint8Array): { readonly names: string[]; text(name: string): string; bytes(name: string): Uint8Array } {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    text(name) {
      const f = files[name];
      if (!f) throw new Error(`${name}: not in the package`);
      return strFromU8(f);
    },
    bytes(name) {
      const f = files[name];
      if (!f) throw new Error(`${name}: not in the package`);
      return f;
    },
  };
}

/** The cell texts of each <w:tbl> of document.xml, row by row. */
export function tableTexts(documentXml: string): string[][][] {
  const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  return tables.map((t) =>
    (t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => (cell.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join('')),
    ),
  );
}

/** The paragraphs of document.xml with their style and text. */
export function paragraphs(documentXml: string): { style: string | null; text: string }[] {
  return (documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')).join(''),
  }));
}

export function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
