/** What comes back from the model, checked before anyone sees it: citation markers and the safety verdict. */
import { AnswerGenerationError } from './chatCompletionsProtocol';

/**
 * Normalises citation markers to [n]: "[1, 2]" -> "[1][2]", "[doc1]" -> "[1]", and removes markers
 * that refer to no passage, so that no marker is left without a source.
 */
export function normaliseMarkers(text: string, passageCount: number): string {
  return text
    .replace(/\[doc(\d+)\]/gi, '[$1]')
    .replace(/\[(\d+(?:\s*,\s*\d+)+)\]/g, (_whole, list: string) =>
      list
        .split(',')
        .map((n) => `[${n.trim()}]`)
        .join(''),
    )
    .replace(/[ \t]*\[(\d+)\]/g, (whole, digits: string) => {
      const n = Number(digits);
      return n >= 1 && n <= passageCount ? whole : '';
    })
    .trim();
}

/** The safety review's JSON verdict; acute implies notify. Anything else is LLM_BAD_RESPONSE. */
export function parseSafetyVerdict(content: string): { acute: boolean; notify: boolean } {
  const match = /\{[^{}]*\}/.exec(content);
  let verdict: { notify?: unknown; acute?: unknown };
  try {
    verdict = JSON.parse(match?.[0] ?? '') as typeof verdict;
  } catch (error) {
    throw new AnswerGenerationError('LLM_BAD_RESPONSE', 'Safety review is not JSON', { cause: error });
  }
  const acute = verdict.acute === true;
  return { acute, notify: acute || verdict.notify === true };
}
