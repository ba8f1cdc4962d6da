import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/**
 * A cheap test that says when a regular expression cannot match a text: every match contains one
 * of a few literal strings, and when the text holds none of them the expression is not run.
 *
 * A description is scanned by several hundred patterns and most of them have no chance in a given
 * text; `String.includes` is far cheaper than running an expression that starts with a lookbehind.
 * The literals are derived from the expression's syntax tree and the derivation only ever gives up
 * (no guard: always run), never guesses, so a guarded expression finds exactly what it found before.
 */
export type LiteralGuard = (text: string) => boolean;

const ALWAYS: LiteralGuard = () => true;

/** Beyond this many alternatives a set of exact strings is no longer tracked (the spelling variants multiply). */
const MAX_EXACT_STRINGS = 32;
/** A character class with more members than this is treated as "any character". */
const MAX_CLASS_MEMBERS = 12;

/**
 * What a part of an expression can match: `exact`, every string it can match when there are few
 * (undefined when unknown or too many); `required`, strings of which every match contains at least
 * one (undefined when nothing is known).
 */
interface Literals {
  readonly exact?: readonly string[];
  readonly required?: readonly string[];
}

const UNKNOWN: Literals = {};
const EMPTY: Literals = { exact: [''] };

/** The guard of a compiled expression; an expression the analysis does not understand is always run. */
export function literalGuard(regex: RegExp): LiteralGuard {
  // Case-insensitive matching would need case-folded literals; none of the pattern files uses it.
  if (regex.flags.includes('i')) return ALWAYS;
  let required: readonly string[] | undefined;
  try {
    required = alternativesLiterals(parseRegExpLiteral(regex).pattern.alternatives).required;
  } catch {
    return ALWAYS;
  }
  if (!required || required.length === 0 || required.includes('')) return ALWAYS;
  const literals = withoutLongerForms([...new Set(required)]);
  return (text) => literals.some((literal) => text.includes(literal));
}

/** Any text holding "blaat" holds "aat": when both are literals of one guard, testing "aat" is enough. */
function withoutLongerForms(literals: readonly string[]): string[] {
  return literals.filter(
    (literal) => !literals.some((other) => other !== literal && literal.includes(other)),
  );
}

function requiredOf(exact: readonly string[]): readonly string[] | undefined {
  return exact.includes('') ? undefined : exact;
}

/** The better of two requirements: longer shortest literal first (rarer in text), then fewer literals. */
function better(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): readonly string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const shortest = (set: readonly string[]): number => Math.min(...set.map((s) => s.length));
  const byLength = shortest(b) - shortest(a);
  if (byLength !== 0) return byLength > 0 ? b : a;
  return b.length < a.length ? b : a;
}

function alternativesLiterals(alternatives: readonly AST.Alternative[]): Literals {
  const parts = alternatives.map(sequenceLiterals);
  const exact = parts.every((p) => p.exact) ? [...new Set(parts.flatMap((p) => p.exact!))] : undefined;
  const required = parts.every((p) => p.required)
    ? [...new Set(parts.flatMap((p) => p.required!))]
    : undefined;
  return {
    exact: exact && exact.length <= MAX_EXACT_STRINGS ? exact : undefined,
    required: exact && exact.length <= MAX_EXACT_STRINGS ? requiredOf(exact) : required,
  };
}

/** A sequence: exact strings are joined while they stay few; any element's requirement holds for the whole. */
function sequenceLiterals(alternative: AST.Alternative): Literals {
  let run: readonly string[] | undefined = [''];
  let allExact = true;
  let required: readonly string[] | undefined;
  for (const element of alternative.elements) {
    const part = elementLiterals(element);
    if (part.exact && run && run.length * part.exact.length <= MAX_EXACT_STRINGS) {
      run = run.flatMap((before) => part.exact!.map((after) => before + after));
      continue;
    }
    if (run) required = better(required, requiredOf(run));
    required = better(required, part.required);
    if (!part.exact) allExact = false;
    run = part.exact ?? [''];
    if (!part.exact) continue;
    // The run was too long to extend: the element starts a new one, and the whole is not exact.
    allExact = false;
  }
  if (run) required = better(required, requiredOf(run));
  return allExact && run ? { exact: run, required: requiredOf(run) } : { required };
}

function elementLiterals(element: AST.Element): Literals {
  switch (element.type) {
    case 'Character':
      return {
        exact: [String.fromCodePoint(element.value)],
        required: [String.fromCodePoint(element.value)],
      };
    case 'CharacterClass':
      return classLiterals(element);
    case 'Group':
      return element.modifiers ? UNKNOWN : alternativesLiterals(element.alternatives);
    case 'CapturingGroup':
      return alternativesLiterals(element.alternatives);
    case 'Assertion':
      // Zero width: it adds nothing to the matched text.
      return EMPTY;
    case 'Quantifier':
      return quantifierLiterals(element);
    default:
      // Character sets (\s, \d, .), backreferences and set expressions: anything may stand here.
      return UNKNOWN;
  }
}

function classLiterals(element: AST.CharacterClass): Literals {
  if (element.negate || element.unicodeSets) return UNKNOWN;
  const members: string[] = [];
  for (const item of element.elements) {
    if (item.type === 'Character') members.push(String.fromCodePoint(item.value));
    else if (item.type === 'CharacterClassRange' && item.max.value - item.min.value < MAX_CLASS_MEMBERS) {
      for (let code = item.min.value; code <= item.max.value; code++)
        members.push(String.fromCodePoint(code));
    } else return UNKNOWN;
    if (members.length > MAX_CLASS_MEMBERS) return UNKNOWN;
  }
  return members.length === 0 ? UNKNOWN : { exact: members, required: members };
}

function quantifierLiterals(element: AST.Quantifier): Literals {
  const inner = elementLiterals(element.element);
  if (element.min === 0) {
    if (element.max === 1 && inner.exact) return { exact: [...new Set(['', ...inner.exact])] };
    return UNKNOWN;
  }
  // At least one repetition: the element's requirement holds for the whole.
  if (element.min === element.max && inner.exact && inner.exact.length ** element.min <= MAX_EXACT_STRINGS) {
    let exact: readonly string[] = [''];
    for (let i = 0; i < element.min; i++) exact = exact.flatMap((a) => inner.exact!.map((b) => a + b));
    return { exact, required: requiredOf(exact) };
  }
  return { required: inner.required };
}
