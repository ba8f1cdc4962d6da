/**
 * Validates Adaptive Card JSON with the real `adaptivecards` library (its UMD build: the ESM lib/
 * folder does not load in Node). Returns the list of problems; an empty list means the card is valid.
 */
import type * as ACTypes from 'adaptivecards';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

export function validateAdaptiveCard(json: unknown): string[] {
  const problems: string[] = [];
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json as ACTypes.IAdaptiveCard, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${event.message}`);
  }
  assertNoUnexpandedTemplate(json, problems);
  return problems;
}

function assertNoUnexpandedTemplate(json: unknown, problems: string[], path = '$'): void {
  if (typeof json === 'string') {
    if (/\$\{[^}]*\}/.test(json)) problems.push(`template: unexpanded expression at ${path}`);
  } else if (Array.isArray(json)) {
    json.forEach((item, i) => assertNoUnexpandedTemplate(item, problems, `${path}[${i}]`));
  } else if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key === '$when' || key === '$data') problems.push(`template: leftover ${key} at ${path}`);
      assertNoUnexpandedTemplate(value, problems, `${path}.${key}`);
    }
  }
}
