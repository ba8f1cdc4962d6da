import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Round 43, sealed, read after its one scoring: "hvor tit" and "how often" ask how often something
 * happens, which a section that only names the meeting does not answer. Against a small guide of our own.
 */
const engine = guideEngineOf(
  {
    Områdeteams: 'Områdeteamet samler socialrådgivere, sundhedsplejersker og PPR om børnene i et område.',
    Skolestart: 'Barnet begynder i skole i august i det år, hvor det fylder seks.',
    Forældresamtaler: 'Forældrene inviteres til en samtale om barnet to gange om året.',
  },
  { id: 'praksis', title: 'Praksis i Prøveby Kommune' },
);

describe('how often', () => {
  it.each(['hvor tit mødes områdeteamet?', 'how often does the area team meet?'])(
    'abstains when no sentence says how often: %s',
    (question) => {
      expect(engine().answer(question).kind).toBe('noAnswer');
    },
  );

  itAnswersFrom(engine, 'Forældresamtaler', [
    'hvor tit holdes der forældresamtaler',
    'how often are parents invited to a talk about their child',
  ]);
});
