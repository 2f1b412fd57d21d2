/**
 * The narrative templates: the built-in ones (the package's templates/
 * folder, precompiled into the bundle by the build: built-in-templates.ts),
 * each overridable by a file of the same name in the analyst's
 * `--templates DIR`, which is compiled at run time.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Handlebars } from '../libraries/handlebars.js';
import { packageRoot } from '../paths.js';
import { HELPERS } from './helpers.js';
import { BUILT_IN_TEMPLATES } from './built-in-templates.js';

export type CompiledTemplate = (context: object) => string;

/** noEscape: the output is plain text for DOCX/PDF, not HTML (the build precompiles with the same option) */
export const TEMPLATE_OPTIONS = { noEscape: true } as const;

/** the built-in templates folder */
export function builtInTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

let env: typeof Handlebars | null = null;

/** One Handlebars environment with only our helpers (no global registration), shared by all reports of the process. */
function environment(): typeof Handlebars {
  if (env) return env;
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  env = hb;
  return hb;
}

/** Handlebars' parse errors span lines (with a caret); the CLI prints one line. */
function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s*\n[-\s]*\^?\s*/g, ' ').trim();
}

export class TemplateSet {
  private readonly hb = environment();
  private readonly cache = new Map<string, CompiledTemplate>();

  constructor(private readonly overrideDir?: string) {
    if (overrideDir !== undefined && !(existsSync(overrideDir) && statSync(overrideDir).isDirectory())) {
      throw new Error(`--templates ${overrideDir}: not a folder`);
    }
  }

  /** where `file` is read from: the override folder when it holds it, else the built-in one */
  pathOf(file: string): string {
    if (this.overrideDir !== undefined) {
      const p = join(this.overrideDir, file);
      if (existsSync(p)) return p;
    }
    return join(builtInTemplatesDir(), file);
  }

  get(file: string): CompiledTemplate {
    const hit = this.cache.get(file);
    if (hit) return hit;
    const path = this.pathOf(file);
    const precompiled = path === join(builtInTemplatesDir(), file) ? BUILT_IN_TEMPLATES[file] : undefined;
    let compiled: HandlebarsTemplateDelegate;
    if (precompiled !== undefined) compiled = this.hb.template(precompiled);
    else {
      if (!existsSync(path)) throw new Error(`template ${file}: not found (${path})`);
      const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      try {
        // parsed now, so that a template with a syntax error fails before any rendering
        this.hb.parse(source);
        compiled = this.hb.compile(source, TEMPLATE_OPTIONS);
      } catch (err) {
        throw new Error(`template ${path}: ${oneLine(err)}`);
      }
    }
    const run: CompiledTemplate = (context) => {
      try {
        return compiled(context);
      } catch (err) {
        throw new Error(`template ${path}: ${oneLine(err)}`);
      }
    };
    this.cache.set(file, run);
    return run;
  }
}
