import { guideEngine, guideOf, itAnswers } from '@tests/helpers/retrievalEngine';

/**
 * Benefits for young adults (jobcentre) and the administration's case systems (IT) share words
 * with the documents ("unge", "uddannelse", "familierådgivningen") but are not in them: such a
 * question was answered from the section on young people and education (round-31 retired class).
 */
const GUIDE = guideOf({
  'Unge og uddannelse': 'Den kommunale ungeindsats vejleder unge om uddannelse og job, til de fylder 25.',
  Organisation: 'Familierådgivningen hører under Center for Børn og Forebyggelse.',
});

describe('benefits and case systems are out of scope', () => {
  it.each([
    'hvad er reglerne for uddannelseshjælp til en 22 årig der ikke har fået job',
    'hvilket fagsystem bruger familierådgivningen og hvordan får jeg adgang',
    'which case management system does the family counselling use',
  ])('%s', (question) => {
    expect(guideEngine(GUIDE).answer(question).kind).toBe('noAnswer');
  });

  itAnswers(() => guideEngine(GUIDE), 'the topic itself is still answered', [
    'hvem vejleder unge om uddannelse og job',
    'hvor hører familierådgivningen til',
  ]);
});
