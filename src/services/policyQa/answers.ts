import type { RetrievedPassage } from '../../domain/retrieval/engine';
import type { Language } from '../../domain/shared/language';
import type { AnswerCitation, PolicyAnswer } from './types';

/** The abstention the service returns, with its reason and what the index came closest to. */
export function noAnswer(
  question: string,
  language: Language,
  reason: NonNullable<PolicyAnswer['reason']>,
  containedCpr: boolean,
  confidence = 0,
  closestTopics: readonly string[] = [],
  outOfScopeTopic?: string,
): PolicyAnswer {
  return {
    kind: 'noAnswer',
    reason,
    ...(outOfScopeTopic ? { outOfScopeTopic } : {}),
    question,
    language,
    confidence,
    answer: '',
    citations: [],
    followUps: [],
    closestTopics,
    containedCpr,
    aiGenerated: false,
  };
}

export function toAnswerCitation(p: RetrievedPassage): AnswerCitation {
  return {
    id: p.sectionId,
    kind: p.kind,
    title: p.title,
    section: p.section,
    quote: p.quote,
    source: p.source,
    ...(p.date ? { date: p.date } : {}),
    ...(p.authorRole ? { authorRole: p.authorRole } : {}),
  };
}

/** The extractive answer: each passage shown as quoted, followed by its [n] marker. */
export function extractiveAnswer(passages: readonly RetrievedPassage[]): string {
  return passages.map((p, i) => `${p.display} [${i + 1}]`).join('\n\n');
}
