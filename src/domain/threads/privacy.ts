/**
 * Heuristics that keep thread texts pseudonymous. Danish writes common nouns in lower case, so two
 * or more capitalised words in a row are usually a proper name. A hit is a warning the user must
 * confirm, never a hard block: place names and programme names also look like this.
 */
const CAPITALISED = /^[A-ZÆØÅÉÜ][a-zæøåéüö]+(?:-[A-ZÆØÅÉÜ][a-zæøåéüö]+)?$/;

/** Capitalised words that are common in case summaries and are not personal names. */
const NOT_NAMES = new Set(
  [
    'Herning',
    'Kommune',
    'Herningmodel',
    'Herningmodellen',
    'Barnets',
    'Lov',
    'Børnehus',
    'Midt',
    'Børn',
    'Unge',
    'Områdeteam',
    'Nord',
    'Syd',
    'Øst',
    'Vest',
    'Skole',
    'Skolestart',
    'Dagtilbud',
    'Social',
    'Center',
    'Forebyggelse',
    'Læring',
    'Incredible',
    'Years',
    'Januar',
    'Februar',
    'Marts',
    'April',
    'Maj',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'December',
    'Mandag',
    'Tirsdag',
    'Onsdag',
    'Torsdag',
    'Fredag',
    'Lørdag',
    'Søndag',
  ].map((w) => w.toLowerCase()),
);

export function looksLikeFullName(text: string): boolean {
  // Line breaks and colons end a run too: "Kilde: Barnet" on one line after "Sted: Skole" on another is
  // a list of labels, not a name.
  return text.split(/[\n:;]+/).some((segment) => segmentHasNameRun(segment));
}

function segmentHasNameRun(text: string): boolean {
  const words = text.split(/[\s,()"]+/).filter(Boolean);
  let run = 0;
  for (const raw of words) {
    const word = raw.replace(/[.!?]+$/, '');
    const isCandidate = CAPITALISED.test(word) && !NOT_NAMES.has(word.toLowerCase());
    run = isCandidate ? run + 1 : 0;
    if (run >= 2) return true;
    if (raw !== word) run = 0; // a sentence ended
  }
  return false;
}
