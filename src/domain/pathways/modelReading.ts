import type { SafetyFinding } from './classification';
import { compileCues } from './cues';
import { createLiteralIndex, type LiteralIndex } from './literalGuard';
import { createSafetyModelScorer } from './safetyModel';
import type { Localized, PathwayGuidanceConfig, SafetyLevel } from './schema';
import { type PreparedText, type Span } from './textMatching';
import { quoteAround, sentenceAround } from './sentences';

/** Shown when the safety file names no labels for warnings raised by the statistical model. */
const MODEL_LABEL_FALLBACK: Record<SafetyLevel, Localized> = {
  notify: {
    da: 'Beskrivelsen ligner sager med pligt til at underrette',
    en: 'The description resembles cases with a duty to notify',
  },
  acute: {
    da: 'Beskrivelsen ligner sager med akut fare',
    en: 'The description resembles cases of immediate danger',
  },
};

/**
 * The statistical model's warnings for levels the rules left silent. It is only ever asked to
 * add: a level a rule already raised is left as the rule raised it. The quote is the sentence the
 * model reads as most alike the level's cases. Without a model in the config it finds nothing.
 *
 * `signsExplained`: the rules saw signs, the writer explained every one, and no rule fired. The
 * model may then still add notify (and the triage questions follow), but not acute on its own: an
 * acute banner over an explained bruise (a haemophilia letter, a pet's scratches) is the false
 * alarm, while a yes to danger now still raises acute through the triage answers.
 */
export type ModelReading = (
  text: PreparedText,
  ruleLevels: ReadonlySet<SafetyLevel>,
  signsExplained?: boolean,
) => SafetyFinding[];

export function createModelReading(
  config: PathwayGuidanceConfig,
  literals: LiteralIndex = createLiteralIndex(),
): ModelReading {
  const modelScorer = config.safetyModel
    ? createSafetyModelScorer(
        config.safetyModel,
        config.safetyCues ? compileCues(config.safetyCues, literals) : undefined,
      )
    : undefined;
  if (!modelScorer) return () => [];
  const labels = config.safety.modelLabels ?? MODEL_LABEL_FALLBACK;

  return (text, ruleLevels, signsExplained = false) => {
    const raised = modelScorer
      .raised(text.original, ruleLevels)
      .filter((level) => !ruleLevels.has(level) && !(signsExplained && level === 'acute'));
    if (raised.length === 0) return [];
    const sentences = splitSentences(text.lower);
    return raised.map((level): SafetyFinding => {
      let best = sentences[0] ?? { start: 0, end: text.lower.length };
      let bestScore = -1;
      if (sentences.length > 1) {
        for (const sentence of sentences) {
          const score = modelScorer.score(text.original.slice(sentence.start, sentence.end))[level];
          if (score > bestScore) [best, bestScore] = [sentence, score];
        }
      }
      return {
        ruleId: `model.${level}`,
        level,
        label: labels[level],
        quote: quoteAround(text.original, best),
        source: 'model',
      };
    });
  };
}

/** The sentences of a text as spans, blank ones left out. */
function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let position = 0;
  while (position < text.length) {
    const sentence = sentenceAround(text, { start: position, end: position });
    if (text.slice(sentence.start, sentence.end).trim() !== '') spans.push(sentence);
    position = sentence.end + 1;
  }
  return spans;
}
