import { compileRegex, type PreparedText } from './textMatching';

/** Who is the source of what a description reports. */
export type Speaker = 'child' | 'parent' | 'staff' | 'other' | 'unknown';

const CHILD_WORDS =
  '(?:han|hun|hen|drengen|pigen|eleven|en elev|min elev|barnet|et barn|den unge|knægten|tøsen|he|she|the child|the boy|the girl|the student|the pupil|a student|a pupil)';
const PARENT_WORDS =
  '(?:mor|moren|mora|far|faren|fars|forældrene|forælderen|stedfar\\w*|stedmor\\w*|papfar|papmor|bonusfar|bonusmor|mormor|morfar|farmor|farfar|bedste\\w*|plejemor|plejefar|the mother|the father|mum|mom|dad|the parents?)';
const SAY =
  '(?:fortæller|fortalte|har fortalt|siger|sagde|har sagt|betror|betroede|har betroet|beretter|nævner|nævnte|skriver|tells?|told|says|said|disclosed|mentioned)';

const SPEAKERS: readonly { speaker: Speaker; regex: RegExp }[] = [
  {
    speaker: 'child',
    regex: compileRegex(`\\b${CHILD_WORDS}(?:\\s[^\\s,!?;]+){0,6}?\\s(?:har\\s)?(?:selv\\s)?${SAY}`),
  },
  { speaker: 'child', regex: compileRegex('\\b(?:betroet sig|confided)\\b') },
  {
    speaker: 'parent',
    regex: compileRegex(`\\b${PARENT_WORDS}(?:\\s[^\\s,!?;]+){0,3}?\\s(?:har\\s)?${SAY}`),
  },
  {
    speaker: 'other',
    regex: compileRegex(
      `\\b(?:en |et )?(?:kammerat\\w*|klassekammerat\\w*|veninde\\w*|ven|søskende|storesøster|storebror|lillesøster|lillebror|nabo\\w*|a friend|a classmate|a neighbou?r)\\s(?:har\\s)?${SAY}`,
    ),
  },
  {
    speaker: 'staff',
    regex: compileRegex(
      '\\b(?:jeg|vi|en kollega|min kollega|pædagogen|læreren|i|we|a colleague)\\s(?:har\\s|have\\s|has\\s)?(?:set|observeret|bemærket|oplevet|opdaget|lagt mærke til|hørt|seen|observed|noticed)',
    ),
  },
];

/** Who is the source of what the description reports: the child, a parent, staff or someone else. */
export function extractSpeaker(text: PreparedText): Speaker {
  let best: { speaker: Speaker; start: number } | undefined;
  for (const { speaker, regex } of SPEAKERS) {
    regex.lastIndex = 0;
    const m = regex.exec(text.lower);
    if (m && (!best || m.index < best.start)) best = { speaker, start: m.index };
  }
  return best?.speaker ?? 'unknown';
}
