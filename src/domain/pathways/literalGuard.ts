import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import {
  automatonOf,
  insertLiteral,
  markGuards,
  type LiteralAutomaton,
  type LiteralNode,
} from './literalAutomaton';
import { createOnDemandParts } from './onDemandParts';

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
/** At most this many requirements are tested for one expression, the rarest first. */
const MAX_REQUIREMENTS = 4;

/**
 * One requirement: every match contains at least one of these strings. An expression may have
 * several ("\bfar\b.{0,30}\bslår\b" needs "far" and "slår"): a text lacking either is passed over,
 * which matters when one part is a word nearly every description holds (mor, far, han, hun).
 */
type Requirement = readonly string[];

/**
 * What a part of an expression can match: `exact`, every string it can match when there are few
 * (undefined when unknown or too many); `required`, requirements every match meets, all of them
 * (empty when nothing is known).
 */
interface Literals {
  readonly exact?: readonly string[];
  readonly required: readonly Requirement[];
}

const UNKNOWN: Literals = { required: [] };
const EMPTY: Literals = { exact: [''], required: [] };

/**
 * The literals of every guard of one classifier, looked up together: a text is read once for all
 * of them (a trie of the literals followed from each position), each literal found marks the
 * guards it belongs to, and a guard then reads one entry of that table. Several hundred guards,
 * many sharing literals, would otherwise each search the text for each of their literals. The
 * answer is the same as `literals.some((literal) => text.includes(literal))`.
 */
export interface LiteralIndex {
  /** The guard of a compiled expression; an expression the analysis does not understand is always run. */
  guard(regex: RegExp): LiteralGuard;
  /** Whether any of the expressions may match: a signal with no chance is passed over in one test. */
  guardAny(regexes: readonly RegExp[]): LiteralGuard;
  /**
   * A part made only when a text first needs it (the expressions for Danish typed without æ, ø and
   * å): the first time any such part of this index is asked for, all of them are made together, so
   * the literals they add are read into the automaton once rather than one part at a time.
   */
  onDemand<T>(make: () => T): () => T;
}

export function createLiteralIndex(): LiteralIndex {
  const idOf = new Map<string, number>();
  const root: LiteralNode = { next: new Map(), id: -1 };
  /** Per literal id, the guards that hold it. */
  const guardsOfLiteral: number[][] = [];
  let guardCount = 0;
  /** The same pattern source often stands in several rules (vocabulary entries): analysed once. */
  const literalsBySource = new Map<string, readonly Requirement[] | undefined>();
  /** Table entries by requirement: many expressions need the same word list ({{adult}}). */
  const guardOfRequirement = new Map<string, number>();
  const recent = createRecentReads();
  /** The literals found in the text being read; only the entries set are cleared after each read. */
  let found = new Uint8Array(0);
  const foundIds: number[] = [];

  function idFor(literal: string): number {
    let id = idOf.get(literal);
    if (id !== undefined) return id;
    id = idOf.size;
    idOf.set(literal, id);
    guardsOfLiteral.push([]);
    insertLiteral(root, literal, id);
    return id;
  }

  /** Built on the first read after literals were added (they are added while matchers compile). */
  let automaton: { literals: number; tables: LiteralAutomaton } | undefined;

  /** The text is read once through the automaton; each literal found marks its guards. */
  function guardsThatMayMatch(text: string): Uint8Array {
    const known = recent.find(text, guardCount);
    if (known) return known;
    if (automaton?.literals !== idOf.size) automaton = { literals: idOf.size, tables: automatonOf(root) };
    if (found.length !== idOf.size) found = new Uint8Array(idOf.size);
    const mayMatch = recent.freeTable(guardCount);
    markGuards(text, automaton.tables, { guardsOfLiteral, found, foundIds }, mayMatch);
    recent.remember(text, guardCount, mayMatch);
    return mayMatch;
  }

  const onDemand = createOnDemandParts();

  return {
    guard: (regex) => guardOf([regex]),
    guardAny: guardOf,
    onDemand,
  };

  /** One guard for the literals of all the expressions; always true when one of them has none. */
  function guardOf(regexes: readonly RegExp[]): LiteralGuard {
    const alternatives: number[][] = [];
    for (const regex of regexes) {
      const key = `${regex.flags}/${regex.source}`;
      if (!literalsBySource.has(key)) literalsBySource.set(key, requiredLiterals(regex));
      const required = literalsBySource.get(key);
      if (!required) return ALWAYS;
      alternatives.push(required.map(requirementGuard));
    }
    if (alternatives.length === 0) return () => false;
    if (alternatives.length === 1 && alternatives[0].length === 1) {
      const [[only]] = alternatives;
      return (text) => guardsThatMayMatch(text)[only] === 1;
    }
    return (text) => {
      const mayMatch = guardsThatMayMatch(text);
      return alternatives.some((all) => all.every((requirement) => mayMatch[requirement] === 1));
    };
  }

  /** The table entry of one requirement, shared by every expression that has the same one. */
  function requirementGuard(requirement: Requirement): number {
    const key = requirement.join('\u0000');
    let guard = guardOfRequirement.get(key);
    if (guard !== undefined) return guard;
    guard = guardCount++;
    guardOfRequirement.set(key, guard);
    for (const literal of requirement) guardsOfLiteral[idFor(literal)].push(guard);
    return guard;
  }
}

/**
 * Which guards may match the last two texts read: a turn asks about the same text many times, in
 * two spellings (the rules read the prepared text, the model's risk cues the plain lower case).
 */
function createRecentReads() {
  let recent: { text: string; guardCount: number; mayMatch: Uint8Array }[] = [];
  return {
    find(text: string, guardCount: number): Uint8Array | undefined {
      // Every guard of every matcher asks (a few hundred a text): the last text read is tried first.
      const last = recent[0];
      if (last !== undefined && last.text === text && last.guardCount === guardCount) return last.mayMatch;
      for (const read of recent)
        if (read.guardCount === guardCount && read.text === text) return read.mayMatch;
      return undefined;
    },
    /** A cleared table: the one of the text about to drop out is reused (a guard reads it at once, never later). */
    freeTable(guardCount: number): Uint8Array {
      const dropped = recent.length === 2 ? recent[1].mayMatch : undefined;
      return dropped?.length === guardCount ? dropped.fill(0) : new Uint8Array(guardCount);
    },
    remember(text: string, guardCount: number, mayMatch: Uint8Array): void {
      recent = [{ text, guardCount, mayMatch }, ...recent.slice(0, 1)];
    },
  };
}

/** The guard of a compiled expression on its own (see LiteralIndex for many at once). */
export function literalGuard(regex: RegExp): LiteralGuard {
  return createLiteralIndex().guard(regex);
}

/** The requirements every match meets, rarest first; undefined when the expression must always run. */
function requiredLiterals(regex: RegExp): readonly Requirement[] | undefined {
  // Case-insensitive matching would need case-folded literals; none of the pattern files uses it.
  if (regex.flags.includes('i')) return undefined;
  let required: readonly Requirement[];
  try {
    required = alternativesLiterals(parseRegExpLiteral(regex).pattern.alternatives).required;
  } catch {
    return undefined;
  }
  const usable = required.filter((r) => r.length > 0 && !r.includes(''));
  if (usable.length === 0) return undefined;
  const distinct = new Map(
    usable.map((r) => withoutLongerForms([...new Set(r)])).map((r) => [r.join('\u0000'), r]),
  );
  return [...distinct.values()].sort(rarerFirst).slice(0, MAX_REQUIREMENTS);
}

/** Any text holding "blaat" holds "aat": when both are literals of one requirement, testing "aat" is enough. */
function withoutLongerForms(literals: readonly string[]): string[] {
  return literals.filter(
    (literal) => !literals.some((other) => other !== literal && literal.includes(other)),
  );
}

function requiredOf(exact: readonly string[]): readonly Requirement[] {
  return exact.includes('') ? [] : [exact];
}

/** Rarer in text first: the longer shortest literal, then fewer literals. */
function rarerFirst(a: Requirement, b: Requirement): number {
  const shortest = (set: Requirement): number => Math.min(...set.map((s) => s.length));
  return shortest(b) - shortest(a) || a.length - b.length;
}

/**
 * Alternatives: a match meets one alternative's requirements, so only their union holds for all;
 * each alternative gives its rarest requirement to it.
 */
function alternativesLiterals(alternatives: readonly AST.Alternative[]): Literals {
  const parts = alternatives.map(sequenceLiterals);
  if (parts.length === 1) return parts[0];
  const exact = parts.every((p) => p.exact) ? [...new Set(parts.flatMap((p) => p.exact!))] : undefined;
  if (exact && exact.length <= MAX_EXACT_STRINGS) return { exact, required: requiredOf(exact) };
  if (!parts.every((p) => p.required.length > 0)) return UNKNOWN;
  const rarest = parts.map((p) => [...p.required].sort(rarerFirst)[0]);
  return { required: [[...new Set(rarest.flat())]] };
}

/** A sequence: exact strings are joined while they stay few; every element's requirements hold for the whole. */
function sequenceLiterals(alternative: AST.Alternative): Literals {
  let run: readonly string[] = [''];
  let allExact = true;
  const required: Requirement[] = [];
  for (const element of alternative.elements) {
    const part = elementLiterals(element);
    if (part.exact && run.length * part.exact.length <= MAX_EXACT_STRINGS) {
      const [only] = part.exact;
      // Most elements are one character: appending it to each string needs no nested arrays.
      run =
        part.exact.length === 1
          ? run.map((before) => before + only)
          : run.flatMap((before) => part.exact!.map((after) => before + after));
      continue;
    }
    required.push(...requiredOf(run), ...part.required);
    allExact = false;
    // The run was too long to extend, or the element is not exact: it starts a new run.
    run = part.exact ?? [''];
  }
  if (allExact) return { exact: run, required: requiredOf(run) };
  return { required: [...required, ...requiredOf(run)] };
}

function elementLiterals(element: AST.Element): Literals {
  switch (element.type) {
    case 'Character': {
      const character = String.fromCodePoint(element.value);
      return { exact: [character], required: [[character]] };
    }
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
  return members.length === 0 ? UNKNOWN : { exact: members, required: [members] };
}

function quantifierLiterals(element: AST.Quantifier): Literals {
  const inner = elementLiterals(element.element);
  if (element.min === 0) {
    if (element.max === 1 && inner.exact) return { exact: [...new Set(['', ...inner.exact])], required: [] };
    return UNKNOWN;
  }
  // At least one repetition: the element's requirements hold for the whole.
  if (element.min === element.max && inner.exact && inner.exact.length ** element.min <= MAX_EXACT_STRINGS) {
    let exact: readonly string[] = [''];
    for (let i = 0; i < element.min; i++) exact = exact.flatMap((a) => inner.exact!.map((b) => a + b));
    return { exact, required: requiredOf(exact) };
  }
  return { required: inner.required };
}
