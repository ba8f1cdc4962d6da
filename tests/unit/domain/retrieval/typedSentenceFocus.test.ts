import { engineOver, shippedLexicalResources, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * A question for a law, a year or a date about one thing ("tavshedspligt hvilken lov") wants the
 * sentence that names the law beside that thing, not a better-ranked sentence that names other laws
 * and shares only the asked-for kind ("lov") with the question (round-42 sealed class, and the
 * same question in the retired halves of rounds 14, 70, 89 and 108). Against two small guides of
 * our own, where the thing asked about is named in several places and its synonyms in more.
 */
const SHARING = `# Deling af oplysninger mellem fagfolk

## Tavshedspligt

Ansatte har tavshedspligt efter Forvaltningsloven § 27 og § 28. Oplysninger om helbred og sociale forhold er særligt beskyttede efter GDPR artikel 9.

## Udveksling uden samtykke

Kun i snævre tilfælde må fortrolige oplysninger om en familie udveksles uden samtykke. SSP-samarbejdet har sin egen hjemmel i Retsplejeloven § 115, og sager i Børnehuset har hjemmel i Barnets Lov § 126.

## Samtykke

Spørg forældrene om samtykke, før du deler oplysninger med andre fagfolk. Et samtykke skal være skriftligt.

## Mad i skolen

Eleverne kan købe frokost i skolens kantine.
`;

const DUTY = `# Underretning i Prøveby Kommune

## Pligten er din egen

Pligten til at underrette går forud for din tavshedspligt. Du opfylder den ikke ved at fortælle det til en kollega.

## Grundlaget

Arbejdet hviler på Folkeskoleloven, Dagtilbudsloven og Barnets Lov. Politikken blev vedtaget i 2018.
`;

const engine = engineOver(
  [
    { id: 'deling', title: 'Deling af oplysninger mellem fagfolk', markdown: SHARING },
    { id: 'underretning', title: 'Underretning i Prøveby Kommune', markdown: DUTY },
  ],
  shippedLexicalResources(),
);

describe('the typed sentence that carries the question focus', () => {
  it.each([
    ['tavshedspligt hvilken lov', 'Tavshedspligt'],
    ['hvilken lov gælder for tavshedspligt', 'Tavshedspligt'],
    ['which law covers confidentiality', 'Tavshedspligt'],
    ['what law is the duty of confidentiality in', 'Tavshedspligt'],
    ['hvilken lov giver ssp hjemmel', 'Udveksling uden samtykke'],
    ['which law gives SSP its legal basis', 'Udveksling uden samtykke'],
    ['hvilke love hviler arbejdet på', 'Grundlaget'],
  ])('%s -> %s', (question, section) => {
    expect(topSectionOf(engine.answer(question))).toContain(section);
  });
});
