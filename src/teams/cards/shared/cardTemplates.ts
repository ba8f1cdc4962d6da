import { dropNulls, type AdaptiveCardJson } from './expandTemplate';
import { parseTemplate, type ParsedTemplate } from './templateExpansion';

/**
 * The card templates of one running bot, made by the wiring and handed to the render functions.
 * Parsing a template parses every `${...}` expression (about 70 ms for a large card), so each
 * template is parsed once, the first time a card of its kind is rendered, and reused after that.
 * All templates at start-up would add most of a second to it for cards many instances never send.
 * The expansion follows adaptivecards-templating's rules and evaluates plain paths itself
 * (templateExpansion.ts).
 */
export interface CardTemplates {
  /** Expands a Designer-compatible card template with `$root` data. */
  expand(template: object, data: object): AdaptiveCardJson;
}

export function createCardTemplates(): CardTemplates {
  const parsed = new Map<object, ParsedTemplate>();
  return {
    expand(template, data) {
      let ready = parsed.get(template);
      if (!ready) {
        ready = parseTemplate(template);
        parsed.set(template, ready);
      }
      return dropNulls(ready.expand(data)) as AdaptiveCardJson;
    },
  };
}
