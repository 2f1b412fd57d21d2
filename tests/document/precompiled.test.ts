import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCached } from '../../src/document/precompiled.js';

describe('compileCached', () => {
  let dir: string;
  const saved = process.env.HOTLINE_REPORT_CACHE;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hr-tpl-'));
    process.env.HOTLINE_REPORT_CACHE = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.HOTLINE_REPORT_CACHE;
    else process.env.HOTLINE_REPORT_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives what compile gives, unescaped, and keeps the spec in the cache folder', () => {
    const hb = Handlebars.create();
    hb.registerHelper('twice', (x: number) => x * 2);
    const src = `共{{n}}件 <{{name}}> {{twice n}}{{#if ok}}，是{{/if}}-${Math.random()}`;
    const ctx = { n: 21, name: 'a&b', ok: true };
    expect(compileCached(hb, src)(ctx)).toBe(hb.compile(src, { noEscape: true })(ctx));
    expect(readdirSync(join(dir, 'templates')).filter((f) => f.endsWith('.js'))).toHaveLength(1);
  });

  it('reads a spec another run wrote, and compiles again over a damaged one', () => {
    const hb = Handlebars.create();
    const src = `第{{x}}项-${Math.random()}`;
    const a = `a${src}`;
    compileCached(hb, a);
    const [file] = readdirSync(join(dir, 'templates'));
    // a second template whose cache file is garbage
    const b = `b${src}`;
    compileCached(hb, b);
    for (const f of readdirSync(join(dir, 'templates'))) if (f !== file) writeFileSync(join(dir, 'templates', f), 'not javascript {');
    // a new environment has no memo: both come from the cache folder, the damaged one compiled again
    expect(compileCached(Handlebars.create(), a)({ x: 2 })).toBe(`a第2项-${src.split('-')[1]}`);
    expect(compileCached(Handlebars.create(), b)({ x: 3 })).toBe(`b第3项-${src.split('-')[1]}`);
  });

  it('throws the compiler error for a template that does not parse', () => {
    expect(() => compileCached(Handlebars.create(), `{{#if x}}open-${Math.random()}`)).toThrow();
  });
});
