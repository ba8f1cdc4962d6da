import { guideEngineOf, itAbstainsAsOutOfScope } from '@tests/helpers/retrievalEngine';

/**
 * Round-38 classes: driving pupils to school, a special school above all, is decided by the
 * visitation and the transport office. A policy that names the special school answers what the
 * school is for, not who pays for the taxi.
 */
const policy = { id: 'vejl', title: 'Vejledning for Prøveby Kommune' };
const engine = guideEngineOf(
  {
    Specialundervisning:
      'Elever med særlige behov kan visiteres til et specialtilbud, når undervisningen i den almindelige klasse ikke slår til.',
    'Skolens dag': 'Skoledagen begynder klokken otte, og eleverne kan komme på skolen fra halv otte.',
  },
  policy,
);

describe('pupil transport is out of scope', () => {
  itAbstainsAsOutOfScope(engine, [
    ['Hvem bevilger befordring til en elev, der er visiteret til specialskole?', 'pupilTransport'],
    ['hvordan søger forældre om skolekørsel til specialtilbuddet', 'pupilTransport'],
    ['who decides on school transport for a pupil in a special school', 'pupilTransport'],
  ]);

  it('a question about the special school itself is still answered', () => {
    expect(engine().answer('hvornår kan en elev visiteres til et specialtilbud').kind).toBe('answer');
  });
});

describe('leisure offers are out of scope, with their own pointer', () => {
  itAbstainsAsOutOfScope(engine, [
    ['Står der noget om, hvad Kultur og Fritid tilbyder af musikskole og billedkunst for børn?', 'leisure'],
    ['Which leisure activities does the municipality offer young people in the afternoons?', 'leisure'],
  ]);
});

describe("survey results and the staff's own benefits are out of scope (round-39 dev classes)", () => {
  itAbstainsAsOutOfScope(engine, [
    ['Hvad viste den seneste trivselsmåling blandt medarbejderne i dagtilbuddene?', 'statistics'],
    ['What did the latest staff satisfaction survey in the schools show?', 'statistics'],
    ['Har kommunen en sundhedsforsikring for ansatte, så man kan få betalt fysioterapeut?', 'employment'],
    ['Do we get health insurance as staff in the daycare?', 'employment'],
  ]);
});
