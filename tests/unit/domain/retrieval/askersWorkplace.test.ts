import { guideEngineOf, itAbstainsAsOutOfScope, itAnswers } from '@tests/helpers/retrievalEngine';

/**
 * The dental service and a school's phone rules are not in the documents (shipped out-of-scope
 * lists, round 39), but a dental nurse who says where she works and asks about the duty to notify
 * asks about the duty: where the asker works is who asks, not the topic.
 */
const engine = guideEngineOf(
  {
    'Hvornår du skal underrette':
      'Som offentligt ansat har du en skærpet underretningspligt. Du skal underrette kommunen, når du har grund til at tro, at et barn under 18 år kan have brug for særlig støtte.',
    'Skole og specialundervisning':
      'I folkeskolen er udgangspunktet, at eleven går i den almindelige klasse. Specialundervisning kræver en vurdering fra PPR.',
  },
  { id: 'vejl', title: 'Vejledning for Prøveby Kommune' },
);

describe("the asker's workplace", () => {
  itAnswers(engine, 'is who asks, not the topic', [
    'Jeg er tandplejer i den kommunale børnetandpleje. Hvornår har jeg pligt til at underrette?',
    'Tandplejer her. Forældrene udebliver igen og igen. Gælder den skærpede underretningspligt også for os i tandplejen?',
    'I work in the children’s dental service. When do I have a duty to notify?',
  ]);

  describe('a question about the dental service or phone rules', () => {
    itAbstainsAsOutOfScope(engine, [
      ['hvornår skal børn indkaldes til børnetandplejen første gang'],
      ['tandpleje børn regler'],
      ['mobilforbud skole?'],
      ['Jeg er lærer og har et spørgsmål om tandplejen. Hvornår har jeg pligt til at underrette?'],
    ]);
  });
});
