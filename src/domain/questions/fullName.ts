/**
 * A cautious guess at whether a question names a person ("hvad gør jeg med Peter Hansen?"): two or
 * three capitalised words in a row that are not at the start of a sentence and not one of the
 * institutional names questions often contain. Only used to warn the asker, never to refuse.
 */
const INSTITUTIONAL = new Set([
  'herning',
  'kommune',
  'kommunes',
  'barnets',
  'lov',
  'børn',
  'unge',
  'ppr',
  'sfo',
  'herningmodel',
  'herningmodellen',
  'social',
  'dagtilbud',
  'skole',
  'skolestart',
  'børne',
  'ungepolitikken',
  'aula',
  'danmark',
  'region',
  'midtjylland',
  'socialstyrelsen',
  'folkeskoleloven',
  'dagtilbudsloven',
  'teams',
]);

const WORD = /[\p{L}][\p{L}'’-]*/gu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}\p{Ll}+([-'’]\p{Lu}?\p{Ll}+)*$/u.test(word);
}

export function looksLikeFullName(text: string): boolean {
  for (const sentence of text.split(/[.!?\n:;]+/)) {
    const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
    let run = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const counts = i > 0 && isCapitalised(word) && !INSTITUTIONAL.has(word.toLowerCase());
      run = counts ? run + 1 : 0;
      if (run >= 2) return true;
    }
  }
  return false;
}
