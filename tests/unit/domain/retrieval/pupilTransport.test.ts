import { guideEngine, guideOf } from '@tests/helpers/retrievalEngine';

/**
 * Round-38 classes: driving pupils to school, a special school above all, is decided by the
 * visitation and the transport office. A policy that names the special school answers what the
 * school is for, not who pays for the taxi.
 */
const policy = { id: 'vejl', title: 'Vejledning for Prøveby Kommune' };
const SECTIONS = {
  Specialundervisning:
    'Elever med særlige behov kan visiteres til et specialtilbud, når undervisningen i den almindelige klasse ikke slår til.',
  'Skolens dag': 'Skoledagen begynder klokken otte, og eleverne kan komme på skolen fra halv otte.',
};

describe('pupil transport is out of scope', () => {
  it.each([
    'Hvem bevilger befordring til en elev, der er visiteret til specialskole?',
    'hvordan søger forældre om skolekørsel til specialtilbuddet',
    'who decides on school transport for a pupil in a special school',
  ])('%s', (question) => {
    expect(guideEngine(guideOf(SECTIONS, policy.title), policy).answer(question)).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      topic: 'pupilTransport',
    });
  });

  it('a question about the special school itself is still answered', () => {
    const result = guideEngine(guideOf(SECTIONS, policy.title), policy).answer(
      'hvornår kan en elev visiteres til et specialtilbud',
    );
    expect(result.kind).toBe('answer');
  });
});

describe('leisure offers are out of scope, with their own pointer', () => {
  it.each([
    ['Står der noget om, hvad Kultur og Fritid tilbyder af musikskole og billedkunst for børn?', 'leisure'],
    ['Which leisure activities does the municipality offer young people in the afternoons?', 'leisure'],
  ])('%s', (question, topic) => {
    expect(guideEngine(guideOf(SECTIONS, policy.title), policy).answer(question)).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      topic,
    });
  });
});

describe("survey results and the staff's own benefits are out of scope (round-39 dev classes)", () => {
  it.each([
    ['Hvad viste den seneste trivselsmåling blandt medarbejderne i dagtilbuddene?', 'statistics'],
    ['What did the latest staff satisfaction survey in the schools show?', 'statistics'],
    ['Har kommunen en sundhedsforsikring for ansatte, så man kan få betalt fysioterapeut?', 'employment'],
    ['Do we get health insurance as staff in the daycare?', 'employment'],
  ])('%s', (question, topic) => {
    expect(guideEngine(guideOf(SECTIONS, policy.title), policy).answer(question)).toMatchObject({
      kind: 'noAnswer',
      reason: 'outOfScope',
      topic,
    });
  });
});
