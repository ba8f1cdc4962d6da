import { createFramingStripper, startsWithQuestionWord } from '../../../../src/domain/text/framing';

describe('request framing', () => {
  const stripper = createFramingStripper([
    'står der noget om',
    'hvad siger politikken om',
    'jeg sidder med en * der spørger',
    'min leder vil vide',
    'can you tell me',
    'i politikken',
  ]);

  it('cuts a phrase at the start and keeps the topic', () => {
    expect(stripper.strip('står der noget om trivsel?')).toBe('trivsel?');
    expect(stripper.strip('Hvad siger politikken om forældresamarbejde')).toBe('forældresamarbejde');
    expect(stripper.strip('Can you tell me about the four themes')).toBe('about the four themes');
  });

  it('lets * stand for any one word of a story', () => {
    expect(stripper.strip('jeg sidder med en forælder der spørger om PPR')).toBe('om PPR');
    expect(stripper.strip('jeg sidder med en mor der spørger om PPR')).toBe('om PPR');
    // Two words where the pattern has one: not the framing the list describes.
    expect(stripper.strip('jeg sidder med en vred mor der spørger om PPR')).toBe(
      'jeg sidder med en vred mor der spørger om PPR',
    );
  });

  it('matches whole words only, anywhere in the question, and ae/oe/aa for æ/ø/å', () => {
    expect(stripper.strip('min leder vil vide hvad vi gør i politikken')).toBe('hvad vi gør');
    expect(stripper.strip('staar der noget om inklusion')).toBe('inklusion');
    expect(stripper.strip('står der nogetom trivsel')).toBe('står der nogetom trivsel');
  });

  it('drops a story told before the question as context', () => {
    expect(
      stripper.strip('jeg har en elev der har svært ved klassen – hvad siger politikken om ekstra støtte'),
    ).toBe('ekstra støtte');
    // Without a clause break the words before the framing stay.
    expect(stripper.strip('elever hvad siger politikken om støtte')).toBe('elever støtte');
  });

  it('keeps a question told before its purpose', () => {
    const withPurpose = createFramingStripper(['skal bruge det til et oplæg', 'i need it for']);
    expect(withPurpose.strip('hvad er fokus i modellen – skal bruge det til et oplæg for bestyrelsen')).toBe(
      'hvad er fokus i modellen – for bestyrelsen',
    );
    expect(withPurpose.strip('which themes does it have: i need it for a meeting')).toBe(
      'which themes does it have: a meeting',
    );
    // A story before the framing still goes.
    expect(withPurpose.strip('vi har travlt – skal bruge det til et oplæg om trivsel')).toBe('om trivsel');
  });

  it('tells a sentence that opens with a question word', () => {
    expect(startsWithQuestionWord('Må vi overhovedet det')).toBe(true);
    expect(startsWithQuestionWord('what happens next')).toBe(true);
    expect(startsWithQuestionWord('Vi holdt møde i går')).toBe(false);
  });

  it('keeps keyword-only questions as they are', () => {
    expect(stripper.strip('meningsfulde fællesskaber temaer')).toBe('meningsfulde fællesskaber temaer');
  });

  it('does nothing without phrases', () => {
    expect(createFramingStripper([]).strip('står der noget om trivsel')).toBe('står der noget om trivsel');
  });
});
