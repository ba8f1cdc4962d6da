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

  it('keeps the story when the question points back at it ("står der noget om det")', () => {
    expect(
      stripper.strip(
        'en pige har brug for ekstra for at være med socialt. står der noget om det i politikken?',
      ),
    ).toBe('en pige har brug for ekstra for at være med socialt. det ?');
    expect(stripper.strip('a girl needs extra help to join in socially. can you tell me about that')).toBe(
      'a girl needs extra help to join in socially. about that',
    );
    // Pointing elsewhere, the story goes as before.
    expect(stripper.strip('en pige har brug for ekstra. står der noget om trivsel?')).toBe('trivsel?');
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

  describe('a question relayed from someone else', () => {
    const relay = createFramingStripper([
      '... vil gerne vide',
      '... spurgte mig om',
      '... wants to know',
      '... asked me if',
    ]);

    it('cuts the relayer, however many words it takes, and the relay verb', () => {
      expect(relay.strip('Min svigermor fra Brande vil gerne vide, hvad dagplejen koster')).toBe(
        'hvad dagplejen koster',
      );
      expect(relay.strip('A school board member wants to know which themes the policy has')).toBe(
        'which themes the policy has',
      );
    });

    it('cuts the story before the relay as well', () => {
      expect(
        relay.strip('Lang dag i dag, og en bedstefar spurgte mig om forældrene skal med til møderne?'),
      ).toBe('forældrene skal med til møderne?');
    });

    it('leaves a relay that is itself inside the question, or too far from the clause start', () => {
      // The clause opens with a question word: the words are the question.
      expect(relay.strip('hvem vil gerne vide noget om trivsel')).toBe(
        'hvem vil gerne vide noget om trivsel',
      );
      // Seven words before the verb are a sentence of their own, not someone who relays.
      const long = 'vi havde et langt møde med hele teamet i går vil gerne vide om trivsel';
      expect(relay.strip(long)).toBe(long);
      // Nothing after the relay: nothing to cut down to.
      expect(relay.strip('my head of department asked me if')).toBe('my head of department asked me if');
    });

    it("leaves the writer's own question that a relayed claim follows (round 42, dev)", () => {
      const claim = createFramingStripper(['... mener', '... says']);
      const asked =
        'skal jeg underrette på skrift eller er det nok at jeg ringer, min leder mener et opkald er nok';
      expect(claim.strip(asked)).toBe(asked);
      const english = 'do I have to write it down or is a call enough, my manager says a call is enough';
      expect(claim.strip(english)).toBe(english);
      // A claim told first is still cut down to what it claims.
      expect(claim.strip('Lang dag, min leder mener et opkald er nok')).toBe('et opkald er nok');
    });
  });

  it('does nothing without phrases', () => {
    expect(createFramingStripper([]).strip('står der noget om trivsel')).toBe('står der noget om trivsel');
  });
});
