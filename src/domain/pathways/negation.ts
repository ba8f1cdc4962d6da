import type { SafetyFile } from './schema';
import { allMatches, anyMatches, compileSpelledRegex, type PreparedText, type Span } from './textMatching';
import { sentenceAround } from './sentences';

/**
 * Decides whether the writer ruled a signal out. Only an explicit denial right before the signal,
 * in the same clause, counts ("ingen tegn på vold", "no signs of abuse"). Reported speech ("han siger
 * ikke at far slår ham"), a new clause between denial and signal ("…, men …") or doubt anywhere in
 * the sentence ("tror", "måske") keeps the warning: when unsure, warn. A denial lowers only the
 * signal it stands before; every other signal in the text is judged on its own.
 */
export interface NegationCheck {
  isDenied(text: PreparedText, span: Span): boolean;
}

/**
 * Between a denial and its signal there may be adjectives, but no new clause ("så" and "når" also
 * as typed without å: a clause break missed would let a denial reach a sign it does not stand before).
 */
const CLAUSE_BREAK =
  /[,;:.!?]|(?<![\p{L}])(?:og|men|but|and|fordi|because|så|saa|sa|da|når|naar|nar|hvis|if|when)(?![\p{L}])/u;

const OPENING_WORD = /^\p{L}+/u;

export function createNegationCheck(settings: SafetyFile['negation']): NegationCheck {
  // Read in the description's own spelling, like the signs: "ingen tegn pa at hun er blevet
  // bemarket" is the same denial typed without æ, ø and å.
  const denials = settings.denials.map((p) => compileSpelledRegex(p));
  const contrasts = settings.contrasts.map((p) => compileSpelledRegex(p));
  const doubts = settings.doubts.map((p) => compileSpelledRegex(p));
  const afterSignal = settings.afterSignal.map((p) => compileSpelledRegex(p));
  const restrictions = settings.restrictions.map((p) => compileSpelledRegex(p));
  const negatedVerbs = settings.negatedVerbs.map((p) => compileSpelledRegex(p));

  const find = (regex: RegExp, text: string, from: number, to: number): Span[] => {
    const spans: Span[] = [];
    for (const m of allMatches(regex, text.slice(from, to))) {
      const start = from + m.index;
      spans.push({ start, end: start + m[0].length });
    }
    return spans;
  };

  /** A denial before the signal, in the same clause ("ingen tegn på vold"). */
  function denialBefore(text: PreparedText, span: Span, sentence: Span): Span | undefined {
    const { lower, spelling } = text;
    const from = Math.max(sentence.start, span.start - settings.window - 40);
    return denials
      .flatMap((regex) => find(regex[spelling], lower, from, span.start))
      .filter((d) => d.end <= span.start && span.start - d.end <= settings.window)
      .find((d) => {
        // A sign that opens with "men", "og" or "but" starts a new clause itself, which only a comma
        // showed before ("jeg er ikke sikker men en pige ..." typed without it).
        const gap =
          lower.slice(d.end, span.start) + (OPENING_WORD.exec(lower.slice(span.start, span.end))?.[0] ?? '');
        return !CLAUSE_BREAK.test(gap) && !anyMatches(contrasts, text, gap);
      });
  }

  /**
   * A Danish main clause puts "ikke" after its verb: "mor drak ikke", "far slår ikke drengen". The
   * denial must follow the signal at once, and nothing in the rest of the sentence may narrow it
   * ("ikke kun", "ikke ham, men hende"), or the signal stands. After "tør" or "vil" the "ikke" is
   * the sign itself ("hun tør ikke hjem").
   */
  function denialAfter(text: PreparedText, span: Span, sentence: Span): Span | undefined {
    const { lower, spelling } = text;
    if (anyMatches(negatedVerbs, text, lower.slice(span.start, span.end))) return undefined;
    const rest = lower.slice(span.end, sentence.end);
    const denial = afterSignal
      .map((regex) => allMatches(regex[spelling], rest)[0])
      .find((m) => m !== undefined);
    if (!denial) return undefined;
    // Narrowing words count in the denial's own clause ("ikke kun drengen"); a contrast anywhere in
    // the rest of the sentence ("ikke drengen, men hans søster").
    const after = rest.slice(denial.index + denial[0].length);
    const clauseEnd = CLAUSE_BREAK.exec(after)?.index ?? after.length;
    if (anyMatches(restrictions, text, after.slice(0, clauseEnd)) || anyMatches(contrasts, text, after))
      return undefined;
    return { start: span.end + denial.index, end: span.end + denial.index + denial[0].length };
  }

  return {
    isDenied(text: PreparedText, span: Span): boolean {
      const { lower, spelling } = text;
      const sentence = sentenceAround(lower, span);
      const denial = denialBefore(text, span, sentence) ?? denialAfter(text, span, sentence);
      if (!denial) return false;
      const doubtful = doubts.some((regex) =>
        find(regex[spelling], lower, sentence.start, sentence.end).some(
          (d) => d.end <= denial.start || d.start >= denial.end,
        ),
      );
      return !doubtful;
    },
  };
}
