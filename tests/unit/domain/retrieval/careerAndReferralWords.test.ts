import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * English staff words from the British and American systems (round 42, dev): a guidance counselor
 * and choosing an education are the documents' "vejleder" and "uddannelse"; the threshold for a
 * child protection referral and proof of harm are asked of when to notify ("grund til at tro").
 */
const engine = guideEngineOf(
  {
    'Unge og uddannelse':
      'Den kommunale ungeindsats vejleder unge fra 7. klasse om uddannelse og job, til de fylder 25.',
    'Hvornår du skal underrette':
      'Du skal underrette kommunen, når du får kendskab til eller har grund til at tro, at et barn kan have brug for særlig støtte.',
    'De fire temaer': 'Politikken har fire temaer: dannelse, fællesskaber, trivsel og læring.',
  },
  { id: 'vejl', title: 'Vejledning for Prøveby Kommune' },
);

describe('a guidance counselor and choosing an education', () => {
  itAnswersFrom(engine, 'Unge og uddannelse', [
    'Is there a guidance counselor for 7th grade and up who helps students choose an education?',
    'Is there a careers adviser who helps pupils choose an education?',
  ]);
});

describe('the threshold for a referral and proof of harm', () => {
  itAnswersFrom(engine, 'Hvornår du skal underrette', [
    'What is the threshold for a child protection referral here? Do I need proof of harm before I refer?',
  ]);
});
