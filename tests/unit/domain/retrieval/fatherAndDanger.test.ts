import type { RetrievalResult } from '@src/domain/retrieval/engine';
import { guideEngine, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * "Far" (father, a synonym of "forældre") and "fare" (danger) once shared a stem, so questions about
 * parents found the acute-danger section, and questions about a child who does not dare go home found
 * it only by that accident. Now parents find what is said about parents, and "ikke tør gå hjem" is
 * read as acute danger in Danish as in English. With the shipped config, against a guide of our own.
 */
const GUIDE = `# Vejledning for Prøveby Kommune

## Akut fare

Er barnet i akut fare, ringer du 112. Uden for kontortid ringer du til den sociale døgnvagt.

## Hvem har været med

Strategien er lavet sammen med forældrebestyrelser, skoler og dagtilbud.

## Samarbejdet med hjemmet

Forældrene inddrages tidligt, og personalet taler med familien om barnets hverdag.
`;

const engine = () => guideEngine(GUIDE);

const quotedSections = (r: RetrievalResult): string[] =>
  r.kind === 'answer' ? r.passages.map((p) => p.section) : [];

describe('father is not danger', () => {
  it.each([
    'hvordan inddrager vi forældrene',
    'hvordan samarbejder vi med far og mor',
    'how do we work with the parents',
  ])('a question about parents is not answered from the acute-danger section: %s', (question) => {
    expect(topSectionOf(engine().answer(question))).not.toContain('Akut fare');
  });

  it.each([
    'en pige siger at hun ikke tør gå hjem i dag, hvad gør jeg',
    'drengen tør ikke gå hjem, hvem ringer jeg til',
    'a girl says she is afraid to go home today, what do I do',
  ])('a child who does not dare go home is in acute danger: %s', (question) => {
    expect(quotedSections(engine().answer(question)).some((s) => s.endsWith('Akut fare'))).toBe(true);
  });
});
