import { sentencesOf } from '../../text/sentences';
import type { RetrievalResult } from '../engine';
import type { QuestionReading } from '../expansion/rewrite';
import { askingSentences, markedQuestions, questionParts } from '../questionParts';
import type { RankingParams } from '../rankingParams';

/** Content words a part of a two-question message needs to be asked on its own. */
const MIN_PART_POSITIONS = 2;

/**
 * Two questions in one message, or a question inside a story, are asked one by one (the story
 * left out) when together they fall under the gate: the part the documents answer best is answered.
 * Out-of-scope words hold for every part; the gate's verdict and a demand one part makes ("hvor
 * mange ...") are the parts' own. When nothing in the asking sentences was found at all (confidence
 * 0: no searchable word, no hit, or a name the documents do not know), only the whole message is
 * asked, where such a name still counts.
 */
export function answerByParts(
  question: string,
  whole: RetrievalResult,
  ask: (question: string, reading?: QuestionReading) => RetrievalResult,
  positionsIn: (part: string) => number,
  rank: Pick<RankingParams, 'storylessMinConfidence' | 'wholeMessageMinConfidence'>,
): RetrievalResult {
  if (whole.kind === 'answer' || whole.reason === 'outOfScope') return whole;
  // Nothing in the asking sentences found anything ("Hvem har ret?"): the story may hold the subject.
  // A name the documents do not know stands in the whole message too, so it still abstains.
  if (whole.confidence === 0) return askedWhole(question, whole, ask, rank.wholeMessageMinConfidence);
  const asking = askingSentences(question);
  const parts = questionParts(question, asking);
  // A question word inside a told sentence keeps that sentence among the asking ones; the sentences
  // with a question mark are asked alone too, under the same bar as the storyless question.
  const marked = markedQuestions(question);
  const markedAlone = marked !== undefined && marked !== asking && !parts.includes(marked);
  if (parts.length === 1 && parts[0] === question && !markedAlone) return whole;
  // Parts too short to ask alone may still ask together once the story around them is gone.
  const storyless = asking !== question && !parts.includes(asking);
  const markedParts = markedAlone ? [marked, ...questionParts(marked).filter((p) => p !== marked)] : [];
  const candidates = [...parts, ...(storyless ? [asking] : []), ...markedParts].filter((p) => p !== question);
  let best: RetrievalResult | undefined;
  for (const part of candidates) {
    // A part of one or two words ("hvad skal forældrene gøre") leans on the other part.
    if (positionsIn(part) < MIN_PART_POSITIONS) continue;
    const r = ask(part);
    const toldAround = part === asking || markedParts.includes(part);
    if (toldAround && !parts.includes(part) && r.confidence < rank.storylessMinConfidence) continue;
    if (r.kind === 'answer' && (best === undefined || r.confidence > best.confidence)) best = r;
  }
  return best ?? askedWhole(question, whole, ask, rank.wholeMessageMinConfidence);
}

/**
 * Neither the asking sentences nor their parts found an answer: a short question's subject may lie
 * further back in the story than the sentence kept before it ("Vi talte om Herningmodellen. Min
 * kollega mente 2013, en anden 2016. Der er et væddemål på spil. Hvem har ret?"). The whole message is asked, under a bar of
 * its own, since the story's words can also lead it astray.
 */
function askedWhole(
  question: string,
  focused: RetrievalResult,
  ask: (question: string, reading?: QuestionReading) => RetrievalResult,
  minConfidence: number,
): RetrievalResult {
  if (sentencesOf(question).length < 2) return focused;
  const r = ask(question, 'wholeMessage');
  return r.kind === 'answer' && r.confidence >= minConfidence ? r : focused;
}
