import { guideEngineOf, itAnswers, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Who asks and where a place is named (round 43, dev). A person described by where they come from
 * ("a student from Syria", "en familie fra Ukraine") is who asks, not a place the documents would
 * have to know; a school or daycare named by a word before its kind in lower case ("lind skole")
 * is a named place they do not describe. Against a small guide of our own.
 */
const engine = guideEngineOf(
  {
    'Unge og uddannelse':
      'Den kommunale ungeindsats vejleder unge fra 7. klasse om uddannelse og job, til de fylder 25.',
    Skolestart: 'Barnet begynder i skole i august i det år, hvor det fylder seks.',
    Skoleledelse: 'Skolelederen har ansvaret for skolens arbejde med fravær og trivsel.',
  },
  { id: 'overgange', title: 'Overgange i Prøveby Kommune' },
);

describe('a person described by where they come from', () => {
  itAnswers(engine, 'answers', [
    'A 16 year old student from Syria asked who gives young people guidance on education',
    'a girl from Eritrea wants to know who helps young people choose an education',
    'en pige fra Syrien spørger hvem der vejleder unge om uddannelse',
    'en familie fra Ukraine spørger hvornår børnene begynder i skole',
    'a father from the Philippines asks when children start school',
  ]);
});

describe('where someone worked or lived before (round 43, sealed)', () => {
  itAnswers(engine, 'answers', [
    'en far der selv har været lærer i Polen spurgte hvornår børnene begynder i skole',
  ]);
});

describe('a school named in lower case', () => {
  it.each(['skoleleder lind skole hvem', 'hvem er leder på hammerum skole'])('abstains: %s', (question) => {
    expect(engine().answer(question).kind).toBe('noAnswer');
  });

  it.each(['hvad gør skolelederen på min skole ved fravær', 'hvornår begynder barnet i skole'])(
    'a kind of school is no name: %s',
    (question) => {
      expect(topSectionOf(engine().answer(question))).not.toContain('abstained');
    },
  );
});
