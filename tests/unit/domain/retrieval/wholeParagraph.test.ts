import { guideEngine, guideOf } from '@tests/helpers/retrievalEngine';
import type { RetrievalResult } from '@src/domain/retrieval/engine';

/**
 * A question that asks only what a section's headings name ("hvad vil byrådet" under "Byrådets
 * mål") is answered by the section's short opening paragraph whole: each sentence is one of the
 * goals (round-27 dev class: one goal of four was quoted). A question for one thing in it, or one
 * that asks for a year or a law, still gets its own sentence.
 */
const GUIDE = guideOf(
  {
    'Byrådets mål':
      'Byrådet ønsker at alle børn hører til i fællesskabet. Hvert barn skal blive så dygtigt, som det kan. Børn i udsatte positioner skal have hjælp tidligt. Kommunens tilbud skal have høj faglighed og kvalitet.',
  },
  'Politik for Prøveby Kommune',
);

const engine = () => guideEngine(GUIDE, { id: 'politik', title: 'Politik for Prøveby Kommune' });
const firstQuote = (result: RetrievalResult) =>
  result.kind === 'answer' ? (result.passages[0]?.quote ?? '') : '';

describe('a question about what the section itself names', () => {
  it.each(['hvad vil byrådet?', 'byrådets mål', "what are the city council's goals?"])(
    'quotes the opening paragraph whole: %s',
    (question) => {
      const quote = firstQuote(engine().answer(question));
      expect(quote).toContain('hører til i fællesskabet');
      expect(quote).toContain('høj faglighed og kvalitet');
    },
  );

  it('a question for one goal is not answered with the whole paragraph', () => {
    const result = engine().answer('hvad vil byrådet gøre for børn i udsatte positioner?');
    const quotes = result.kind === 'answer' ? result.passages.map((p) => p.quote).join(' / ') : '';
    expect(quotes).toContain('Børn i udsatte positioner');
    expect(firstQuote(result)).not.toContain('høj faglighed og kvalitet');
  });
});
