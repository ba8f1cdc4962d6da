import { normalise } from '../../text/normalise';

/**
 * Requests to do something rather than questions ("skriv en underretning for mig", "kan du booke
 * et møde", "please draft an email to the parents", "can you recommend a podcast"): the bot answers
 * from the documents and does not write, send, book or fill in anything for anyone. A message that
 * opens with such a request is out of scope, however many of the documents' words it holds.
 *
 * Only the opening sentence counts: "... Lav en kort liste til introduktionen" after a question
 * asks for the answer in a form, not for a task.
 */
const GREETING = /^(?:hej|hi|hello|kære \p{L}+|dear \p{L}+)[,!.]?\s+/u;
const POLITE = String.raw`(?:(?:kan|vil|gider) du (?:lige |godt |ikke |venligst )?(?:hjælpe (?:mig|os) med at )?|(?:can|could|would|will) you (?:please |kindly )?(?:help (?:me|us) )?|please\s+|venligst\s+)?`;
const VERB = String.raw`(?:skriv|skrive|lav|lave|send|sende|udfyld|udfylde|formuler|formulere|opret|oprette|bestil|bestille|book|booke|reserver|reservere|anbefal|anbefale|write|draft|send|fill in|fill out|compose|create|book|reserve|recommend|schedule|prepare)`;
const OBJECT = String.raw`(?:\s+(?:mig|me|us|os|lige|hurtigt))?\s+(?:en|et|nogle|a|an|the|some|min|mit|my|our|vores)\b`;
const REQUEST = new RegExp(`^${POLITE}${VERB}\\b${OBJECT}`, 'u');

/** Whether the message opens with a request to do something (write, send, book, fill in ...). */
export function asksForAction(message: string): boolean {
  const opening =
    normalise(message)
      .trim()
      .replace(GREETING, '')
      .split(/(?<=[.!?])\s+|\n/u)[0] ?? '';
  return REQUEST.test(opening);
}
