import { randomUUID } from 'node:crypto';
import * as ACData from 'adaptivecards-templating';
import { parseTemplate } from './templateExpansion';

/** An expanded Adaptive Card, ready to send. */
export type AdaptiveCardJson = Record<string, unknown>;

/** A card template made ready once (at start-up) and then expanded on every turn. */
export interface PreparedCardTemplate {
  expand(data: object): AdaptiveCardJson;
}

/** Keys adaptivecards-templating reads itself and leaves out of the card. */
const RESERVED_KEYS = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** Whether a part holds nothing the expansion evaluates: no binding, no reserved key. */
function isStatic(node: unknown): boolean {
  if (typeof node === 'string') return !node.includes('${');
  if (node === null || typeof node !== 'object') return true;
  if (Array.isArray(node)) return node.every(isStatic);
  return Object.keys(node).every(
    (key) => !RESERVED_KEYS.has(key) && isStatic((node as Record<string, unknown>)[key]),
  );
}

/**
 * Prepares a template once: its expressions are parsed, and every object in it that holds no
 * binding (a heading whose label was written in by withSharedValues, a button with a fixed verb)
 * is expanded once here and left out of the per-turn expansion, which then walks and evaluates
 * only the parts that depend on the turn's data. The template is parsed by adaptivecards-templating
 * and expanded by its rules (templateExpansion.ts), the card the same as CardTemplates.expand gives: a part
 * without bindings expands the same wherever it stands.
 *
 * Each such object is replaced by a marker string that holds a random token (no data can spell
 * it), and the marker by a fresh copy of the part's expansion when the nulls are dropped.
 */
export function prepareCardTemplate(template: object): PreparedCardTemplate {
  const marker = `\u0000static-part:${randomUUID()}:`;
  const parts: unknown[] = [];
  const skeleton = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(skeleton);
    if (isStatic(node)) {
      parts.push(dropNulls(new ACData.Template(node).expand({ $root: {} })));
      return `${marker}${parts.length - 1}`;
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, skeleton(value)]));
  };
  const ready = parseTemplate(skeleton(template) as object);
  const partAt = (text: string): unknown => {
    if (!text.startsWith(marker)) return text;
    const part = parts[Number(text.slice(marker.length))];
    return part === undefined ? text : dropNulls(part);
  };
  return { expand: (data) => dropNulls(ready.expand(data), partAt) as AdaptiveCardJson };
}

/** A binding that is the whole string and names a plain path: `${triage.heading}`. */
const WHOLE_PATH_BINDING = /^\$\{([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\}$/;

function valueAt(values: object, path: string): unknown {
  let value: unknown = values;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The template with the values every card of its kind shares written in where a binding names
 * nothing else (`"${citations.heading}"` becomes the heading): labels in one language, verbs, the
 * configured channel. Expanding it with the full data then gives the same card, with fewer
 * expressions to evaluate on each turn; the expansion is still adaptivecards-templating's.
 *
 * Only a string that is one binding of a plain path, outside any `$data` (where paths mean the
 * item), is replaced, and only by a string that holds no binding itself; `$when` and `$data`
 * stay expressions. Everything else is left for the expansion.
 */
export function withSharedValues<T extends object>(template: T, shared: object): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const path = WHOLE_PATH_BINDING.exec(node)?.[1];
      const value = path === undefined ? undefined : valueAt(shared, path);
      return typeof value === 'string' && !value.includes('${') ? value : node;
    }
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    // Under $data the paths are the item's: left as they are.
    if (Object.hasOwn(node, '$data')) return node;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      result[key] = key === '$when' ? value : visit(value);
    }
    return result;
  };
  return visit(template) as T;
}

/**
 * `$when` on an object property leaves `null` behind; Teams and the schema want it absent.
 * Plain loops: this walks every node of every card sent, and the entries/fromEntries copies cost
 * more than the expansion's own lookups.
 */
export function dropNulls(value: unknown, onString?: (text: string) => unknown): unknown {
  if (typeof value === 'string') return onString ? onString(value) : value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) if (item !== null) items.push(dropNulls(item, onString));
    return items;
  }
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === null) continue;
      if (key !== '__proto__') result[key] = dropNulls(item, onString);
      // An own "__proto__" key stays a key (as Object.fromEntries makes it), never the prototype.
      else
        Object.defineProperty(result, key, {
          value: dropNulls(item, onString),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return result;
  }
  return value;
}

/** User text is data, never template syntax: `${` is broken up before expansion. */
export function templateSafe(text: string | undefined): string {
  const value = text ?? '';
  return value.includes('${') ? value.replace(/\$\{/g, '$ {') : value;
}
