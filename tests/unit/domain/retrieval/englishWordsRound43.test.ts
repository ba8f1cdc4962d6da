import { guideEngineOf, itAbstainsAsOutOfScope, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * English words of round 43's dev half: a translated noun the documents hold as a verb ("guidance"
 * -> vejledning, where the text says "vejleder"); past forms of writing ("pasted", "posted") and the
 * team's "coordination channel"; and compensation for lost earnings, which the documents leave to
 * the family department. Against a small guide of our own.
 */
const engine = guideEngineOf(
  {
    'Unge og uddannelse': 'Den kommunale ungeindsats vejleder unge fra 7. klasse, til de fylder 25.',
    'CPR-numre': 'CPR-numre må ikke komme i forkerte hænder. Skriv derfor aldrig et CPR-nummer i en chat.',
    'Møder med forældre': 'Forældrene inviteres til møder om barnets støtte.',
  },
  { id: 'overgange', title: 'Overgange i Prøveby Kommune' },
);

describe('a translated noun the documents hold as a verb', () => {
  itAnswersFrom(engine, 'Unge og uddannelse', [
    'who offers guidance',
    'where can a 17 year old get guidance',
  ]);
});

describe('writing a CPR number in a channel', () => {
  itAnswersFrom(engine, 'CPR-numre', [
    "someone pasted a kid's CPR number into our coordination channel. Is that allowed?",
    "a colleague posted the child's cpr in the chat",
  ]);
});

describe('lost earnings', () => {
  itAbstainsAsOutOfScope(engine, [
    ['A dad asked if he can get compensation for lost earnings when he takes time off for meetings'],
    ['kan forældre få tabt arbejdsfortjeneste til møder om barnets støtte'],
    // Recruiting is HR's (round 43, sealed).
    ["What's the process for advertising a vacant teacher position? Do I go through HR?"],
    ['hvordan rekrutterer vi en ny pædagog til vuggestuen'],
  ]);
});
