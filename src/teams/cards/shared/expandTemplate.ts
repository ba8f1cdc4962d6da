import * as ACData from 'adaptivecards-templating';

/** An expanded Adaptive Card, ready to send. */
export type AdaptiveCardJson = Record<string, unknown>;

/**
 * Parsing a template re-parses every `${...}` expression (about 70 ms for a large card), so each
 * template object is prepared once and reused.
 */
const prepared = new WeakMap<object, ACData.Template>();

/** Expands a Designer-compatible card template with `$root` data. */
export function expandCard(template: object, data: object): AdaptiveCardJson {
  let ready = prepared.get(template);
  if (!ready) {
    ready = new ACData.Template(template);
    prepared.set(template, ready);
  }
  return dropNulls(ready.expand({ $root: data })) as AdaptiveCardJson;
}

/**
 * `$when` on an object property leaves `null` behind; Teams and the schema want it absent.
 * Plain loops: this walks every node of every card sent, and the entries/fromEntries copies cost
 * more than the expansion's own lookups.
 */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) if (item !== null) items.push(dropNulls(item));
    return items;
  }
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === null) continue;
      if (key !== '__proto__') result[key] = dropNulls(item);
      // An own "__proto__" key stays a key (as Object.fromEntries makes it), never the prototype.
      else
        Object.defineProperty(result, key, {
          value: dropNulls(item),
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
  return (text ?? '').replace(/\$\{/g, '$ {');
}
