/**
 * "what does the Salamanca Statement actually say about special schools", "hvad står der i
 * salamanca-erklæringen om børn med handicap": the question asks what another text holds, and is
 * answered only by a section about that text, not by one that names it as a foundation. Laws are
 * left out (the documents give what a provision requires), and so are the documents' own kinds of
 * text (a policy, a strategy, a model, a plan, a rule), what the writer calls "ours", and pronouns.
 */
const DOCUMENT_CONTENT = [
  /\bwhat\s+(?:exactly\s+|actually\s+)?(?:does|do|did)\s+(?:the\s+)?(.{3,60}?)\s+(?:actually\s+|exactly\s+|really\s+|specifically\s+)?(?:say|state)\b/iu,
  /\bhvad\s+står\s+der\s+(?:egentlig\s+|præcist\s+|helt\s+præcist\s+)?i\s+(.{3,60}?)(?=\s+om\b|\s*[?,.]|\s*$)/iu,
  /\bhvad\s+siger\s+(.{3,60}?)\s+(?:egentlig\s+|præcist\s+)?om\b/iu,
  /^\s*(.{3,60}?)\s+(?:what|hvad)\s+(?:does\s+it\s+say|står\s+der\s+i\s+den)\b/iu,
];
const NOT_ANOTHER_TEXT =
  /\p{L}*(?:lov|politik|strategi|plan|model|syn(?:et)?\b|regel|regl|retningslinje)\p{L}*|\b(?:act|acts|law|laws|§|paragraf\w*|polic(?:y|ies)|strateg(?:y|ies)|kommune\w*|municipality|council|byråd\w*|herning\w*|dokument\w*|documents?|text|teksten|vores|vor|our|den|det|de|it|they|them|this|that|we|vi|you|du|i|man|one|jeg|rules?|guidelines?)\b/iu;

export function documentContentAsked(question: string): string | undefined {
  for (const pattern of DOCUMENT_CONTENT) {
    const name = pattern.exec(question)?.[1]?.trim();
    if (name !== undefined && !NOT_ANOTHER_TEXT.test(name)) return name;
  }
  return undefined;
}
