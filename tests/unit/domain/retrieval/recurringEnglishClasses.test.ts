import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Two English classes missed on three sealed halves in a row (rounds 31 to 33, read after
 * retirement), against a small guide of our own: "extra help to be part of the group" is the
 * documents' "ekstra støtte for at kunne være med", with the document named at the end as a second
 * question ("what does the community strategy say about it"); and "who advises" is "vejleder".
 */
const engine = guideEngineOf(
  {
    'Fællesskab og forskellighed':
      'Alle børn har ret til fællesskaber, og nogle har brug for ekstra støtte for at kunne være med.',
    'Strategierne under politikken':
      'Under politikken ligger to strategier: en fællesskabsstrategi og en strategi for tidlig indsats.',
    'Unge og uddannelse': 'Ungeindsatsen vejleder unge fra 7. klasse, til de fylder 25.',
    'Politikkens formål': 'Politikken skal give alle børn og unge et godt liv og en god uddannelse.',
  },
  { id: 'policy', title: 'Børn og unge' },
);

describe('English classes missed on three sealed halves', () => {
  itAnswersFrom(engine, 'Fællesskab og forskellighed', [
    'some kids need extra help to be part of the group - what does the community strategy say about it',
    'nogle børn har brug for ekstra hjælp for at være med - hvad siger strategien om det',
  ]);

  itAnswersFrom(engine, 'Unge og uddannelse', [
    'who advises young people about education and until what age',
    'hvem vejleder unge om uddannelse og til hvilken alder',
  ]);
});
