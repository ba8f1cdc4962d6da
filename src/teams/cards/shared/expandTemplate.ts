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

/** `$when` on an object property leaves `null` behind; Teams and the schema want it absent. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(dropNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v)]),
    );
  }
  return value;
}

/** User text is data, never template syntax: `${` is broken up before expansion. */
export function templateSafe(text: string | undefined): string {
  return (text ?? '').replace(/\$\{/g, '$ {');
}
