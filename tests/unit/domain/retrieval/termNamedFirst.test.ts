import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Round-38 class: new staff name the term first and ask about it after ("Herningmodellen. Hvad er
 * det for noget?"), often after saying who they are and that everyone talks about it. That is a
 * definition question about the term, not a search for the words of the story around it.
 */
const policy = { id: 'vejl', title: 'Vejledning for Prøveby Kommune' };
const engine = guideEngineOf(
  {
    'Modellens kerne': 'Trappemodellen er kommunens måde at arbejde med udsatte børn og unge på.',
    'Modellens dele':
      'Trappemodellen samler tre dele under ét navn: en for dagtilbud, en for skoler og en for familier.',
    'Samtykke fra forældrene':
      'Vil du drøfte et barn med navn, skal forældrene give samtykke. Ellers taler I om sagen anonymt.',
  },
  policy,
);

describe('a term named first and asked about after it', () => {
  itAnswersFrom(engine, 'Modellens kerne', [
    'Trappemodellen, hvad er det for noget?',
    'Trappemodellen. Hvad er det?',
    'Jeg er lige startet som pædagog, og alle taler om Trappemodellen. Hvad er det for noget?',
    'I just started as a teacher and everyone talks about Trappemodellen. What is it?',
  ]);
});
