/**
 * What the model is told: the answer prompt (only the numbered passages, keeping their [n]
 * markers), the safety review prompt, and the query rewrite prompt.
 */
import type { GenerationInput } from '../../ports/answerGenerator';
import type { Language } from '../../domain/shared/language';

const SYSTEM_PROMPT_BASE = [
  "You answer questions from staff in Herning Kommune's department for children and young people (Børn og Unge).",
  'Use ONLY the numbered passages in the user message. Do not add facts from anywhere else, and do not guess.',
  'After every sentence that states a fact, put the marker of the passage it comes from, written exactly as in the passages, e.g. [1] or [2]. Use only markers that exist in the passages.',
  'Stay close to the wording of the passages. Keep names of policies, strategies and models as they are written.',
  'Write at most about 120 words, as plain text without headings.',
  'If the passages do not answer the question, say plainly in one sentence that the documents do not answer it, and nothing more.',
  'Never ask for or repeat personal data such as names or CPR numbers.',
].join('\n');

export function systemPrompt(language: Language): string {
  const languageRule =
    language === 'en'
      ? 'The question was written in English: answer in English, but keep Danish names and any direct quotes in Danish.'
      : 'Answer in Danish.';
  return `${SYSTEM_PROMPT_BASE}\n${languageRule}`;
}

/** The text on one line, cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function userPrompt(input: GenerationInput, maxPassages = 8, maxPassageChars = 1500): string {
  const passages = input.passages.slice(0, maxPassages).map((passage, i) => {
    const heading = [passage.title, passage.section].filter((part) => part.trim() !== '').join(' — ');
    return `[${i + 1}] ${heading}\n${cut(passage.quote, maxPassageChars)}`;
  });
  const label = input.language === 'en' ? 'Question' : 'Spørgsmål';
  return `Passages:\n\n${passages.join('\n\n')}\n\n${label}: ${cut(input.question, 2000)}`;
}

export const SAFETY_REVIEW_PROMPT = [
  "You help staff in a Danish municipality's department for children and young people.",
  'Read the description of a concern about a child (Danish or English). Decide two things, as an experienced child-protection social worker would:',
  'notify: does it give reason to assume the child may need special support or has been abused (Danish law: skærpet underretningspligt, Barnets Lov § 133)? Signs count even without legal words: injuries in babies, marks without a fitting explanation, neglect shown by its effects, suicidal talk, self-harm, intoxicated or psychotic carers, no safe place to sleep, grooming, honour-related control.',
  'acute: is the child in danger now or today (suicide attempt or plan, overdose, fear of going home today, an intoxicated carer about to drive, a meeting with a groomer today, abuse within 72 hours, forced travel soon)?',
  'An injury explained in the same breath by sport or a diagnosis, grief handled openly, or everyday exaggeration is neither.',
  'Answer with JSON only: {"notify": true|false, "acute": true|false}. acute true implies notify true.',
].join('\n');

/** A search query, not an answer: nothing the model writes here reaches the user. */
export const REWRITE_PROMPT =
  'Du omskriver spørgsmål fra medarbejdere i en dansk kommunes børne- og ungeområde til søgeord. ' +
  'Svar kun med 3-10 danske søgeord eller en kort dansk sætning, som de står i kommunale politikker ' +
  '(fx "underretning", "forældresamarbejde", "Herningmodellen"). Oversæt engelske spørgsmål til dansk. ' +
  'Svar ikke på spørgsmålet, og tilføj ingen forklaring.';
export const REWRITE_MAX_TOKENS = 60;
