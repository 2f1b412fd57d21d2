/**
 * Handlebars templates compiled once per machine, not once per run.
 * Compiling the ten built-in templates costs ~70 ms in a fresh process (the
 * compiler itself is cold), a third of building the document; loading the
 * compiler's output (a template spec, JavaScript) costs ~5 ms. Specs are kept
 * in the user's cache folder under the hash of the Handlebars version, the
 * options and the template text, so an edited template or an upgraded
 * Handlebars never meets a stale spec. Any trouble with the cache (unwritable,
 * a damaged file) falls back to compiling as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import { userCacheDir } from '../paths.js';

type Env = typeof Handlebars;

/** noEscape: the output is plain text for DOCX/PDF, not HTML */
const OPTIONS = { noEscape: true } as const;

/** compiled templates of this process, per environment (its helpers), by cache key */
const memos = new WeakMap<Env, Map<string, HandlebarsTemplateDelegate>>();

function keyOf(hb: Env, source: string): string {
  return createHash('sha256').update(`${hb.VERSION}\0${JSON.stringify(OPTIONS)}\0${source}`).digest('hex');
}

function fromSpec(hb: Env, spec: string): HandlebarsTemplateDelegate {
  // a spec is the source of an object literal of functions, as Handlebars.precompile writes it
  const literal = new Function(`return ${spec};`)() as TemplateSpecification;
  return hb.template(literal);
}

/**
 * A template's function, from this process's memo, the cache folder, or the
 * compiler (which then fills both). Throws the compiler's error for a
 * template that does not parse.
 */
export function compileCached(hb: Env, source: string): HandlebarsTemplateDelegate {
  const key = keyOf(hb, source);
  let memo = memos.get(hb);
  if (!memo) {
    memo = new Map();
    memos.set(hb, memo);
  }
  const known = memo.get(key);
  if (known) return known;
  const file = join(userCacheDir('templates'), `${key}.js`);
  let fn: HandlebarsTemplateDelegate | undefined;
  try {
    fn = fromSpec(hb, readFileSync(file, 'utf8'));
  } catch {
    // not cached yet, or unreadable: compiled below
  }
  if (!fn) {
    const spec = hb.precompile(source, OPTIONS) as string;
    fn = fromSpec(hb, spec);
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      // a temporary name, then a rename: a concurrent run never reads half a file
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, spec);
      renameSync(tmp, file);
    } catch {
      // a read-only cache only costs the compile next time
    }
  }
  memo.set(key, fn);
  return fn;
}
