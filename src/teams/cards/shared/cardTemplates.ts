import * as ACData from 'adaptivecards-templating';
import { dropNulls, type AdaptiveCardJson } from './expandTemplate';

/**
 * The card templates of one running bot, made by the wiring and handed to the render functions.
 * Parsing a template parses every `${...}` expression (about 70 ms for a large card), so each
 * template is parsed once, the first time a card of its kind is rendered, and reused after that.
 * All templates at start-up would add most of a second to it for cards many instances never send.
 */
export interface CardTemplates {
  /** Expands a Designer-compatible card template with `$root` data. */
  expand(template: object, data: object): AdaptiveCardJson;
}

export function createCardTemplates(): CardTemplates {
  const parsed = new Map<object, ACData.Template>();
  return {
    expand(template, data) {
      let ready = parsed.get(template);
      if (!ready) {
        ready = new ACData.Template(template);
        parsed.set(template, ready);
      }
      return dropNulls(ready.expand({ $root: data })) as AdaptiveCardJson;
    },
  };
}
