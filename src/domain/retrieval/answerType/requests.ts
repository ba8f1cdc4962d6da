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
// A thing to write, send or book: after an article or a possessive ("en mail", "the form"), or a
// Danish noun in its definite form ("sende underretningen", "udfylde skemaet", "booke lokalet").
const OBJECT = String.raw`(?:\s+(?:mig|me|us|os|lige|hurtigt))?\s+(?:(?:en|et|nogle|a|an|the|some|min|mit|my|our|vores)\b|\p{L}{3,}(?:en|et|ne)\b)`;
const REQUEST = new RegExp(`^(${POLITE})${VERB}\\b${OBJECT}`, 'u');
/**
 * What the documents' answer itself can be: "skriv en kort opsummering af politikken", "make a
 * list of the themes" ask for the answer in a form, not for a task.
 */
const ANSWER_FORM =
  /^(?:\s*(?:kort|kortere|lille|hurtig|samlet|short|brief|quick|simple))?\s*(?:opsummering|resumé|resume|sammenfatning|sammendrag|oversigt|overblik|liste|punktliste|forklaring|summary|overview|list|rundown|explanation)(?:en|et|n)?\b/u;

/** Whether the message opens with a request to do something (write, send, book, fill in ...). */
export function asksForAction(message: string): boolean {
  const opening =
    normalise(message)
      .trim()
      .replace(GREETING, '')
      .split(/(?<=[.!?])\s+|\n/u)[0] ?? '';
  const m = REQUEST.exec(opening);
  if (m === null) return false;
  // A bare imperative asked as a question ("skriv underretningen skriftligt eller mundtligt?")
  // asks how it is done.
  if (m[1] === '' && opening.endsWith('?')) return false;
  const object = /\p{L}+$/u.exec(m[0])?.[0] ?? '';
  return !ANSWER_FORM.test(opening.slice(m[0].length)) && !ANSWER_FORM.test(object);
}

/**
 * "Er det ikke lidt for bureaukratisk med alle de strategier?", "isn't it a bit too much?": a
 * judgement of the documents asked for, not what they say. "Er det ikke for at ...", "er det ikke
 * for sent at underrette?" and "isn't it too late to report?" ask about the rules and stay questions.
 */
const OPINION =
  /\ber det ikke (?:(?:lidt|en smule|alt|lige|bare) for (?!(?:sent|tidligt|at)\b)\p{L}+|for \p{L}+(?:isk|ligt|eret)\b)|\b(?:isn[’']?t (?:it|that|this)|is (?:it|that|this) not) (?:a bit |a little |rather )?too (?!(?:late|early|soon)\b)\p{L}+|\bdon[’']?t you think\b|\bin your (?:opinion|view)\b|\bhvad er din (?:holdning|mening)\b|\b(?:synes|mener) du\b[^?]{0,60}\b(?:er|var) (?:\p{L}+ )?(?:gode?|godt|dårlig|dårligt|vag|fin|fint|for (?!(?:sent|tidligt|at)\b)\p{L}+)\b/u;

/** Whether the message asks for the bot's judgement of the documents rather than what they say. */
export function asksForOpinion(message: string): boolean {
  return OPINION.test(normalise(message));
}
