import { guideEngine, guideOf, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * "Forhindrer min tavshedspligt mig i at underrette?", "does confidentiality stop me from
 * reporting?": the question asks which duty goes first, and the sentence that says the duty to
 * notify "går forud for" confidentiality answers it, not the section that only defines
 * confidentiality (round-27 dev class). Against a small guide of our own.
 */
const GUIDE = guideOf({
  Tavshedspligt:
    'Ansatte har tavshedspligt efter forvaltningsloven. Oplysninger om helbred er særligt beskyttede.',
  'Hvornår du skal underrette':
    'Du skal underrette kommunen, når du får kendskab til eller har grund til at tro, at et barn under 18 år kan have brug for særlig støtte.',
  'Pligten er din egen':
    'Underretningspligten er din egen, og du opfylder den ikke ved at fortælle det til en kollega. Pligten går forud for din tavshedspligt.',
});

const engine = () => guideEngine(GUIDE);

describe('which goes first, the duty to notify or confidentiality', () => {
  it.each([
    'forhindrer min tavshedspligt mig i at sende en underretning til kommunen?',
    "Doesn't my confidentiality stop me from sending a report to social services?",
    'does my duty of confidentiality prevent me from reporting a concern?',
  ])('%s', (question) => {
    expect(topSectionOf(engine().answer(question))).toContain('Pligten er din egen');
  });
});
