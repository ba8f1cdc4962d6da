import { normalise } from '../text/normalise';

/** Kinds of document a compound can end in: "sundhedspolitik", "klimaplan", "beskæftigelsesstrategi". */
const DOCUMENT_KIND = /(?:politik|strategi|handleplan|plan)(?:ken|en|er|erne|ens)?$/u;
/** Least length of the area before the document kind ("mobil" in "mobilpolitik"). */
const MIN_AREA_LENGTH = 3;

/**
 * The area a document-kind compound names, without the linking s: "sundhed" for
 * "sundhedspolitikken", "beskæftigelse" for "beskæftigelsesstrategi"; undefined for other words.
 */
export function documentArea(word: string): string | undefined {
  const w = normalise(word);
  const kind = DOCUMENT_KIND.exec(w);
  if (kind === null) return undefined;
  let area = w.slice(0, kind.index).replace(/-$/u, '');
  if (area.endsWith('s') && !area.endsWith('ss') && area.length > MIN_AREA_LENGTH + 1)
    area = area.slice(0, -1);
  return area.length >= MIN_AREA_LENGTH && /^\p{L}+$/u.test(area) ? area : undefined;
}

/** English kinds of document, written as a word of their own ("health strategy", "staff policy"). */
const ENGLISH_DOCUMENT_KIND = /^(?:policy|policies|strategy|strategies|plan|plans)$/u;

/** Lower-cased words of a text, hyphens kept ("it-sikkerhedspolitik"). */
function wordsOf(text: string): string[] {
  return normalise(text).match(/[\p{L}-]+/gu) ?? [];
}

/**
 * The areas a text names by a kind of document: "sundhed" for "sundhedsstrategien", "health" for
 * "health strategy" (the one or two words before an English kind), each with the word(s) naming it.
 */
function namedAreas(text: string): { area: string; words: string }[] {
  const words = wordsOf(text);
  const out: { area: string; words: string }[] = [];
  words.forEach((word, i) => {
    const area = documentArea(word);
    if (area !== undefined) out.push({ area, words: word });
    if (!ENGLISH_DOCUMENT_KIND.test(word)) return;
    if (i >= 1) out.push({ area: words[i - 1], words: `${words[i - 1]} ${word}` });
    if (i >= 2)
      out.push({ area: `${words[i - 2]} ${words[i - 1]}`, words: words.slice(i - 2, i + 1).join(' ') });
  });
  return out;
}

/**
 * The areas of the neighbouring policies the out-of-scope lists name ("sundhedspolitik" ->
 * "sundhed", "health policy" -> "health"): a document titled with another kind of document for the
 * same area ("Sundhedsstrategi 2030", "Beskæftigelsesplan for unge") is a neighbouring policy too.
 */
export function neighbourAreasOf(outOfScope: readonly string[]): ReadonlySet<string> {
  const areas = new Set<string>();
  for (const entry of outOfScope) {
    const named = namedAreas(entry);
    // Only an entry that is itself a document's name ("sundhedspolitik"), not one that holds one.
    if (named.length > 0 && named[named.length - 1].words === wordsOf(entry).join(' '))
      areas.add(named[named.length - 1].area);
  }
  return areas;
}

/** Whether a document's title names a document of one of the areas ("Beskæftigelsesstrategi for unge voksne"). */
export function titleNamesArea(title: string, areas: ReadonlySet<string>): boolean {
  return neighbourDocumentsIn(title, areas).length > 0;
}

/**
 * Documents a question names by a neighbouring area and a kind of document ("kommunens klimaplan",
 * "sundhedsstrategien", "the health strategy"): another administration's plan, whether or not it
 * is loaded.
 */
export function neighbourDocumentsIn(text: string, areas: ReadonlySet<string>): string[] {
  if (areas.size === 0) return [];
  return namedAreas(text)
    .filter((n) => areas.has(n.area))
    .map((n) => n.words);
}
