import { guideEngine, guideEngineOf, guideOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Round-37 classes. The childcare guarantee ("pasningsgaranti") is the right to a daycare place;
 * being unsure is exactly the "grund til at tro" the duty to notify asks for; and applying for a
 * job belongs to HR and the municipality's job portal, not to the documents.
 */
const policy = { id: 'vejl', title: 'Vejledning for Prøveby Kommune' };
const SECTIONS = {
  Vuggestuen: 'Et barn har ret til en plads i dagtilbud fra det er seks måneder gammelt.',
  'Plads til alle': 'Målet er fællesskaber med plads til forskellighed og nye venskaber.',
  'Hvornår du skal underrette':
    'Du skal underrette, når du har grund til at tro, at et barn kan have brug for særlig støtte.',
  Sygdom: 'Er du syg, skal du melde det til din leder, før du møder ind.',
  'Hvem gør hvad': 'Sundhedsplejersker og socialrådgivere arbejder sammen i områdets team.',
};
const engine = guideEngineOf(SECTIONS, policy);

describe('the childcare guarantee is the right to a daycare place', () => {
  itAnswersFrom(engine, 'Vuggestuen', [
    'pasningsgaranti fra hvornaar',
    'fra hvilken alder gælder pasningsgarantien',
  ]);
});

describe('being unsure is reason to believe', () => {
  itAnswersFrom(engine, 'Hvornår du skal underrette', [
    'er det nok at jeg er i tvivl',
    'is it enough that I am unsure about the child',
  ]);
});

describe('applying for a job is out of scope', () => {
  it.each([
    'hvordan søger jeg et job som sundhedsplejerske i kommunen',
    'where are the vacancies for social workers',
    'how do I apply for a job in the team',
  ])('%s', (question) => {
    expect(guideEngine(guideOf(SECTIONS, policy.title), policy).answer(question).kind).toBe('noAnswer');
  });

  it('the team itself is still answered', () => {
    expect(guideEngine(guideOf(SECTIONS, policy.title), policy).answer('hvem er med i teamet').kind).toBe(
      'answer',
    );
  });
});
