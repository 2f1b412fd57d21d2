/**
 * A note's text with its figures filled in: the templates' Handlebars
 * expressions and helpers (`{{num calls.inbound}}`, `{{pct calls.answerRate}}`)
 * against the same context as the templates (src/document/context.ts), so a
 * quoted figure is always the computed one.
 *
 * Every path is checked against the context before the text is rendered:
 * Handlebars' own strict mode lets a helper's argument through (`{{num
 * calls.inbund}}` would print an empty figure), and a note that names no
 * figure must fail with its file and line instead.
 */
import { Handlebars } from '../../libraries/handlebars.js';
import { HELPERS } from '../helpers.js';
import { NotesError } from './errors.js';

type Env = typeof Handlebars;
type Node = hbs.AST.Node;

/** Handlebars' own helpers that a note may use beside ours */
const BUILT_IN = ['if', 'unless', 'each', 'with', 'lookup'];
const SCOPE_HELPERS = new Set(['each', 'with']);
/** data variables of an #each (`@index` …) */
const DATA = new Set(['index', 'first', 'last', 'key']);

let env: Env | null = null;

/** A Handlebars environment with the templates' helpers, shared by the notes of the process. */
function environment(): Env {
  if (env) return env;
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  env = hb;
  return hb;
}

function helperNames(): string[] {
  return [...Object.keys(HELPERS), ...BUILT_IN];
}

/** What a path is resolved against: a value of the context, or one this check cannot know (a block parameter, an empty list). */
interface Scope {
  readonly value: unknown;
  readonly known: boolean;
  readonly blockParams: readonly string[];
  /** what the value is, for messages: `the report`, `an item of categoryViews` */
  readonly name: string;
}

/** A problem found, with the node it is about. */
interface Finding {
  readonly node: Node;
  readonly message: string;
}

function keysOf(value: object): string {
  const keys = Object.keys(value);
  const shown = keys.slice(0, 16).join(', ');
  return keys.length > 16 ? `${shown}, …` : shown;
}

function typeWord(v: unknown): string {
  return Array.isArray(v) ? 'a list' : typeof v === 'number' ? 'a number' : typeof v === 'string' ? 'a text' : typeof v === 'boolean' ? 'a yes/no' : typeof v;
}

/** The figure `path` names from `scopes` (innermost last), or what is wrong with it. */
function checkPath(path: hbs.AST.PathExpression, scopes: readonly Scope[]): Finding | null {
  if (path.data) {
    const [head, ...rest] = path.parts;
    if (head === 'root') return walk(path, rest, scopes[0]!);
    if (head !== undefined && DATA.has(head)) return null;
    return { node: path, message: `@${head ?? ''} is not a value a note can use (@index, @first, @last, @key, @root)` };
  }
  const scope = scopes[scopes.length - 1 - path.depth];
  if (scope === undefined) return { node: path, message: `${path.original} goes above the report's values` };
  const head = path.parts[0];
  if (head !== undefined && scopes.some((s) => s.blockParams.includes(head))) return null;
  return walk(path, path.parts, scope);
}

function walk(path: hbs.AST.PathExpression, parts: readonly string[], scope: Scope): Finding | null {
  if (!scope.known) return null;
  let value = scope.value;
  for (let i = 0; i < parts.length; i++) {
    // a figure absent this period (null): the helpers print it as such
    if (value === null || value === undefined) return null;
    const part = parts[i]!;
    const where = parts.slice(0, i).join('.');
    if (typeof value !== 'object') {
      return { node: path, message: `${path.original} names no figure: ${where} is ${typeWord(value)}, it has no "${part}"` };
    }
    if (!Object.hasOwn(value, part)) {
      const within = where === '' ? `${scope.name} has` : `${where} has`;
      return { node: path, message: `${path.original} names no figure: no "${part}" (${within}: ${keysOf(value)})` };
    }
    value = (value as Record<string, unknown>)[part];
  }
  return null;
}

/** The value a path names, for the scope an #each or #with opens; unknown when it cannot be told. */
function valueOf(expr: Node | undefined, scopes: readonly Scope[]): Scope {
  const unknown: Scope = { value: undefined, known: false, blockParams: [], name: '' };
  if (expr === undefined || expr.type !== 'PathExpression') return unknown;
  const path = expr as hbs.AST.PathExpression;
  if (path.data) return path.parts[0] === 'root' ? follow(scopes[0]!, path.parts.slice(1)) : unknown;
  const scope = scopes[scopes.length - 1 - path.depth];
  const head = path.parts[0];
  if (scope === undefined || (head !== undefined && scopes.some((s) => s.blockParams.includes(head)))) return unknown;
  return follow(scope, path.parts);
}

function follow(scope: Scope, parts: readonly string[]): Scope {
  let value = scope.value;
  for (const p of parts) {
    if (value === null || typeof value !== 'object') return { value: undefined, known: false, blockParams: [], name: '' };
    value = (value as Record<string, unknown>)[p];
  }
  return { value, known: scope.known, blockParams: [], name: parts.length === 0 ? scope.name : parts.join('.') };
}

/** What the body of `{{#each xs}}` sees: one item (the first; an empty list runs no body, so nothing is checked). */
function itemScope(list: Scope): Scope {
  const name = `an item of ${list.name}`;
  if (!list.known || list.value === null || typeof list.value !== 'object') return { value: undefined, known: false, blockParams: [], name };
  const items = Object.values(list.value as object);
  return items.length === 0 ? { value: undefined, known: false, blockParams: [], name } : { value: items[0], known: true, blockParams: [], name };
}

/** A helper call (`num x`, `#if x`, `(abs x)`): the helper must exist and its arguments name figures. */
function checkCall(node: Node, path: Node, params: readonly Node[], hash: hbs.AST.Hash | undefined, scopes: readonly Scope[]): Finding | null {
  const args = [...params, ...(hash?.pairs ?? []).map((p) => p.value)];
  if (path.type === 'PathExpression') {
    const p = path as hbs.AST.PathExpression;
    const name = p.original;
    const isHelper = helperNames().includes(name);
    if (args.length > 0 && !isHelper) return { node, message: `no helper "${name}" (helpers: ${helperNames().join(', ')})` };
    if (!isHelper) {
      const found = checkPath(p, scopes);
      if (found) return found;
    }
  }
  for (const a of args) {
    const found = checkExpression(a, scopes);
    if (found) return found;
  }
  return null;
}

function checkExpression(node: Node, scopes: readonly Scope[]): Finding | null {
  switch (node.type) {
    case 'PathExpression':
      return checkPath(node as hbs.AST.PathExpression, scopes);
    case 'SubExpression': {
      const s = node as hbs.AST.SubExpression;
      return checkCall(node, s.path, s.params, s.hash, scopes);
    }
    default:
      return null; // literals
  }
}

function checkProgram(program: hbs.AST.Program | undefined, scopes: readonly Scope[]): Finding | null {
  if (!program) return null;
  for (const statement of program.body) {
    const found = checkStatement(statement, scopes);
    if (found) return found;
  }
  return null;
}

function checkStatement(node: Node, scopes: readonly Scope[]): Finding | null {
  switch (node.type) {
    case 'MustacheStatement': {
      const m = node as hbs.AST.MustacheStatement;
      return checkCall(node, m.path, m.params, m.hash, scopes);
    }
    case 'BlockStatement': {
      const b = node as hbs.AST.BlockStatement;
      const name = b.path.original;
      if (!['if', 'unless', 'each', 'with'].includes(name)) {
        return { node, message: `{{#${name}}} is not a block a note can use (#if, #unless, #each, #with)` };
      }
      const found = checkCall(node, b.path, b.params, b.hash, scopes);
      if (found) return found;
      // #if and #unless keep the context (and `../` skips them); #each and #with open one
      if (!SCOPE_HELPERS.has(name)) return checkProgram(b.program, scopes) ?? checkProgram(b.inverse, scopes);
      const target = valueOf(b.params[0], scopes);
      const inner = name === 'each' ? itemScope(target) : target.known && (target.value === null || target.value === undefined) ? { ...target, known: false } : target;
      const blockParams = b.program?.blockParams ?? [];
      return checkProgram(b.program, [...scopes, { ...inner, blockParams }]) ?? checkProgram(b.inverse, scopes);
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
    case 'Decorator':
    case 'DecoratorBlock':
      return { node, message: 'partials and decorators are not available in notes' };
    default:
      return null; // text, comments
  }
}

/** The text of the expression a node starts (`{{num calls.inbound}}`), for the message. */
function expressionAt(lines: readonly string[], node: Node): string {
  const line = lines[node.loc.start.line - 1] ?? '';
  const from = line.lastIndexOf('{{', node.loc.start.column + 1);
  const start = from < 0 ? node.loc.start.column : from;
  const end = line.indexOf('}}', node.loc.start.column);
  return end < 0 ? line.slice(start) : line.slice(start, end + 2);
}

/** Handlebars' messages span lines (a caret under the source); one line of it. */
function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s*\n[-\s]*\^?\s*/g, ' ').trim();
}

/**
 * A note's lines with the figures filled in. `line` is the first line's
 * number in `file`, so that an error names the line it is on.
 */
export function fillFigures(lines: readonly string[], context: object, file: string, line: number): string[] {
  const source = lines.join('\n');
  if (!source.includes('{{')) return [...lines];
  const hb = environment();
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source);
  } catch (err) {
    // `Parse error on line 2:` then the source, a caret line, and what was expected
    const msg = err instanceof Error ? err.message : String(err);
    const m = /line (\d+)/.exec(msg);
    const at = m ? line + Number(m[1]) - 1 : line;
    const why = msg.split(/\^\s*\n/).at(-1) ?? msg;
    throw new NotesError(file, at, `an expression does not read (${oneLine(why)})`);
  }
  const found = checkProgram(ast, [{ value: context, known: true, blockParams: [], name: 'the report' }]);
  if (found) {
    const at = line + found.node.loc.start.line - 1;
    throw new NotesError(file, at, `${expressionAt(lines, found.node)}: ${found.message}`);
  }
  try {
    return hb.compile(ast, { noEscape: true })(context).split('\n');
  } catch (err) {
    throw new NotesError(file, line, oneLine(err));
  }
}
