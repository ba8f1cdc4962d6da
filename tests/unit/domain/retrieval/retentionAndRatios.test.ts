import { guideEngine, guideOf, itAnswers } from '@tests/helpers/retrievalEngine';

/**
 * Round-36 classes: how long records are kept before deletion, and how many children per adult a
 * nursery has, belong to records management and the daycare law, not to the documents. The
 * questions share "underretning" and "vuggestue" with them and were answered from sections that do
 * not hold it. "slet" stays out of the list: in "slet ikke" it is no deletion.
 */
const GUIDE = guideOf({
  'Hvad sker der bagefter':
    'Når kommunen modtager en underretning, vurderer den inden for 24 timer, om der er brug for handling.',
  Vuggestuen: 'I vuggestuen er der plads til børn fra et halvt år, og personalet arbejder med leg og omsorg.',
  'Politikkens grundlag': 'Politikken hviler på Serviceloven og Barnets Lov.',
});

describe('record retention and staffing ratios are out of scope', () => {
  it.each([
    'how long are notifications kept before they are deleted',
    'when is an underretning deleted',
    'normering hvor mange børn pr voksen i vuggestuen',
    'what is the staff ratio in the vuggestue',
  ])('%s', (question) => {
    expect(guideEngine(GUIDE).answer(question).kind).toBe('noAnswer');
  });

  itAnswers(() => guideEngine(GUIDE), "the documents' own topics are still answered", [
    'hvad sker der når kommunen modtager en underretning',
    'gælder Serviceloven slet ikke for politikken mere',
  ]);
});
