/**
 * adaptivecards-templating's expansion, walked here over the template it parsed, with the two
 * kinds of expression every card is mostly made of evaluated directly: a plain path (`${a.b}`,
 * `${$root.x}`) and a string with such paths in it (`"${label}: ${count}"`). Every other expression
 * (comparisons, functions, indexes) is evaluated by the library itself, as before.
 *
 * The library builds a memory object, an options object with a closure and a path string for each
 * expression it evaluates, and looks up every key by scanning all the keys of the object
 * case-insensitively: most of the time a pathway answer card took. The direct evaluation gives
 * what the library gives, rule for rule (see `lookUp` and `evaluate`), and
 * tests/unit/teams/cards/shared/templateExpansion.test.ts checks every card of the catalogue against
 * the library's own expansion.
 */
import * as ACData from 'adaptivecards-templating';

/** The part of an adaptive-expressions Expression this file reads (the library's own class). */
interface Expression {
  readonly type: string;
  readonly children: readonly Expression[];
  readonly value?: unknown;
  tryEvaluate(state: unknown, options?: unknown): { value: unknown; error?: unknown };
}

/** The library's evaluation context: $root and $host, and $data and $index as the walk moves. */
interface EvaluationContext {
  readonly $root: unknown;
  readonly $host: unknown;
  $data: unknown;
  $index: unknown;
  saveState(): void;
  restoreLastState(): void;
}

type EvaluationResult = { value: unknown; error?: unknown };

/** The library's internals this file uses (present at run time, left out of its typings). */
interface TemplateInternals {
  readonly _preparedPayload: unknown;
  _context?: EvaluationContext;
}
interface TemplateStatics {
  internalTryEvaluateExpression(
    expression: Expression,
    context: EvaluationContext,
    allowSubstitutions: boolean,
  ): EvaluationResult;
}

const Template = ACData.Template as unknown as TemplateStatics;

/** The library's EvaluationContext class, taken from a template it expanded (it is not exported). */
const EvaluationContextClass = (() => {
  const probe = new ACData.Template({}) as unknown as TemplateInternals;
  (probe as unknown as ACData.Template).expand({ $root: {} });
  return probe._context!.constructor as new (context: {
    $root: unknown;
    $host?: unknown;
  }) => EvaluationContext;
})();

const RESERVED_FIELDS = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const CONCAT = 'concat';
const ACCESSOR = 'Accessor';
const CONSTANT = 'Constant';

/** A path of plain names (no index, no quotes, no dots inside a name) the direct lookup can follow. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
type ContextName = '$root' | '$data' | '$index' | '$host';
const CONTEXT_NAMES: ReadonlySet<string> = new Set<ContextName>(['$root', '$data', '$index', '$host']);

function isExpression(node: unknown): node is Expression {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof (node as Expression).tryEvaluate === 'function' &&
    Array.isArray((node as Expression).children)
  );
}

/**
 * The names of a plain path, outermost first, or null when the expression is anything else. The
 * library joins the names with dots and splits the path again on dots and brackets, and reads a
 * name that parses as a number as an index: only names that survive that unchanged are taken.
 */
function plainPath(expression: Expression): readonly string[] | null {
  const names: string[] = [];
  let node: Expression | undefined = expression;
  while (node !== undefined) {
    if (node.type !== ACCESSOR || node.children.length < 1 || node.children.length > 2) return null;
    const name = node.children[0]!;
    if (name.type !== CONSTANT || typeof name.value !== 'string') return null;
    names.unshift(name.value);
    node = node.children[1];
  }
  const [first, ...rest] = names;
  if (first === undefined || !(PLAIN_NAME.test(first) || CONTEXT_NAMES.has(first))) return null;
  return rest.every((name) => PLAIN_NAME.test(name)) ? names : null;
}

const paths = new WeakMap<Expression, readonly string[] | null>();

function pathOf(expression: Expression): readonly string[] | null {
  let path = paths.get(expression);
  if (path === undefined) {
    path = plainPath(expression);
    paths.set(expression, path);
  }
  return path;
}

/** Marks a lookup the direct path cannot answer as the library would (a Map on the way). */
const NOT_PLAIN = Symbol('notPlain');

/**
 * adaptive-expressions' property access: nothing in a falsy value, else the first own enumerable
 * key, in key order, that equals the name ignoring case.
 */
function property(scope: unknown, name: string, lowerName: string): unknown {
  if (!scope) return undefined;
  if (scope instanceof Map) return NOT_PLAIN;
  for (const key of Object.keys(scope)) {
    if (key.length === name.length && (key === name || key.toLowerCase() === lowerName)) {
      return (scope as Record<string, unknown>)[key];
    }
  }
  return undefined;
}

/**
 * A plain path's value as the library's memory gives it: `$root`, `$data`, `$index` and `$host`
 * name the context's own, any other first name is looked up in `$data`.
 */
function lookUp(path: readonly string[], context: EvaluationContext): unknown {
  const first = path[0] as ContextName;
  const named = CONTEXT_NAMES.has(first);
  let scope: unknown = named ? context[first] : context.$data;
  const from = named ? 1 : 0;
  for (let i = from; i < path.length; i++) {
    const name = path[i]!;
    scope = property(scope, name, name.toLowerCase());
    if (scope === NOT_PLAIN) return NOT_PLAIN;
  }
  return scope;
}

/**
 * One expression's value, as Template.internalTryEvaluateExpression gives it: a missing value
 * becomes the binding itself (`${a.b}`) when substitutions are allowed; the parts of a string are
 * evaluated one by one and a failed part is written back as its binding.
 */
function evaluate(
  expression: Expression,
  context: EvaluationContext,
  allowSubstitutions: boolean,
): EvaluationResult {
  const path = pathOf(expression);
  if (path !== null) {
    const value = lookUp(path, context);
    if (value !== NOT_PLAIN) {
      if (value !== undefined || !allowSubstitutions) return { value };
      return { value: `\${${path.join('.')}}` };
    }
  } else if (
    expression.type === CONCAT &&
    allowSubstitutions &&
    expression.children.every((child) => child.type !== CONCAT)
  ) {
    let result = '';
    for (const child of expression.children) {
      let part: EvaluationResult;
      if (child.type === CONSTANT) part = { value: child.value };
      else {
        try {
          part = evaluatePart(child, context);
        } catch (error) {
          part = { value: undefined, error };
        }
      }
      if (part.error) part.value = `\${${child.toString()}}`;
      // As the library does: a null or undefined part throws here.
      result += (part.value as { toString(): string }).toString();
    }
    return { value: result, error: undefined };
  }
  return Template.internalTryEvaluateExpression(expression, context, allowSubstitutions);
}

/**
 * A part of a string: directly when it is a plain path, else by the library, which gives it the
 * same memory and substituting options as it gives the parts of a string it concatenates itself.
 */
function evaluatePart(expression: Expression, context: EvaluationContext): EvaluationResult {
  const path = pathOf(expression);
  if (path !== null) {
    const value = lookUp(path, context);
    if (value !== NOT_PLAIN) return { value: value === undefined ? `\${${path.join('.')}}` : value };
  }
  return Template.internalTryEvaluateExpression(expression, context, true);
}

/** Template.internalExpand, node for node; expressions through `evaluate`. */
function expandNode(node: unknown, context: EvaluationContext): unknown {
  let result: unknown;
  context.saveState();
  if (Array.isArray(node)) {
    let items: unknown[] = [];
    for (const item of node) {
      const expanded = expandNode(item, context);
      if (expanded !== null) {
        if (Array.isArray(expanded)) items = items.concat(expanded);
        else items.push(expanded);
      }
    }
    result = items;
  } else if (isExpression(node)) {
    const evaluated = evaluate(node, context, true);
    if (evaluated.error) throw new Error(evaluated.error as string);
    result = evaluated.value;
  } else if (typeof node === 'object' && node !== null) {
    result = expandObject(node as Record<string, unknown>, context);
  } else {
    result = node;
  }
  context.restoreLastState();
  return result;
}

/** An object: once per item of its `$data` (or once), kept where its `$when` is true. */
function expandObject(node: Record<string, unknown>, context: EvaluationContext): unknown {
  const when = node.$when;
  let dataContext = node.$data;
  let dataContexts: unknown[];
  let dataContextIsArray = false;
  if (dataContext === undefined) dataContexts = [undefined];
  else {
    if (isExpression(dataContext)) {
      const evaluated = evaluate(dataContext, context, true);
      if (evaluated.error) throw new Error(evaluated.error as string);
      dataContext = evaluated.value;
    }
    dataContextIsArray = Array.isArray(dataContext);
    dataContexts = dataContextIsArray ? (dataContext as unknown[]) : [dataContext];
  }
  const results: unknown[] = [];
  for (let i = 0; i < dataContexts.length; i++) {
    if (dataContextIsArray) context.$index = i;
    if (dataContexts[i] !== undefined) context.$data = dataContexts[i];
    let drop = false;
    if (isExpression(when)) {
      const evaluated = evaluate(when, context, false);
      drop = !(!evaluated.error && typeof evaluated.value === 'boolean' && evaluated.value);
    } else if (when) drop = true;
    if (!drop) results.push(expandFields(node, context));
  }
  return results.length === 0 ? null : results.length === 1 ? results[0] : results;
}

function expandFields(node: Record<string, unknown>, context: EvaluationContext): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (RESERVED_FIELDS.has(key)) continue;
    const value = expandNode(node[key], context);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** A template parsed once by adaptivecards-templating and expanded here. */
export interface ParsedTemplate {
  expand(root: object): unknown;
}

export function parseTemplate(payload: object): ParsedTemplate {
  const prepared = (new ACData.Template(payload) as unknown as TemplateInternals)._preparedPayload;
  return {
    expand: (root) => expandNode(prepared, new EvaluationContextClass({ $root: root })),
  };
}
