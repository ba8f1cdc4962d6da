import { quoteAround, sentenceAround, writersCapitals } from '../../../../src/domain/pathways/sentences';

function sentenceOf(text: string, word: string): string {
  const start = text.indexOf(word);
  const span = sentenceAround(text, { start, end: start + word.length }, writersCapitals(text));
  return text.slice(span.start, span.end);
}

describe('sentences as the writer meant them', () => {
  it('ends a sentence at a full stop, but not after "kl", "ca" or an ordinal', () => {
    const text = 'Han går i 8. klasse og kom kl. 8 i dag. Han var glad.';
    expect(sentenceOf(text, 'kom')).toBe('Han går i 8. klasse og kom kl. 8 i dag');
  });

  it('reads a run of marks after a quote as one end, so the next sentence is the one written next', () => {
    const text = 'Hun råbte "vi blev låst inde!". Det var et escape room.';
    expect(sentenceOf(text, 'låst')).toBe('Hun råbte "vi blev låst inde!"');
    expect(sentenceOf(text, 'escape')).toBe(' Det var et escape room');
  });

  // The span ends before the last mark of the run.
  it('ends once after "!!!" and "?!"', () => {
    const text = 'Han råbte "igen!!!" Hvad?! Så gik han.';
    expect(sentenceOf(text, 'igen')).toBe('Han råbte "igen!!');
    expect(sentenceOf(text, 'Hvad')).toBe('" Hvad?');
    expect(sentenceOf(text, 'gik')).toBe(' Så gik han');
  });

  it('goes on after an ellipsis that opens the next words, and ends at one that closes them', () => {
    const text = 'Dreng kom med blåt øje i dag!! ...ok jeg har talt med ham. Han var træt... Hun sagde nej.';
    expect(sentenceOf(text, 'talt')).toBe(' ...ok jeg har talt med ham');
    expect(sentenceOf(text, 'træt')).toBe(' Han var træt..');
  });

  it('reads a full stop before a small letter as an abbreviation when the writer capitalises her sentences', () => {
    const text = 'Mor har givet os papir fra børneafd. på Skejby om det. Han er glad. Vi ved det.';
    expect(sentenceOf(text, 'Skejby')).toBe('Mor har givet os papir fra børneafd. på Skejby om det');
  });

  it('ends a sentence at a full stop before a small letter when the writer types in lower case', () => {
    const text = 'far ringede. tilbage med rift på kinden. han var stille.';
    expect(sentenceOf(text, 'rift')).toBe(' tilbage med rift på kinden');
    expect(sentenceOf(text.toLowerCase(), 'rift')).toBe(' tilbage med rift på kinden');
  });

  it('reads the capitals from the writer’s own text when given a lower-cased copy', () => {
    const text = 'Papir fra børneafd. på Skejby. Han er glad. Vi ved det.';
    const lower = text.toLowerCase();
    const start = lower.indexOf('skejby');
    const span = sentenceAround(lower, { start, end: start + 6 }, text);
    expect(lower.slice(span.start, span.end)).toBe('papir fra børneafd. på skejby');
  });

  it("reads a quoted exclamation that the writer's sentence goes on from as part of that sentence", () => {
    const text = "Hun sagde 'far slog mor!' og jeg fik et chok. Hun grinede.";
    expect(sentenceOf(text, 'chok')).toBe("Hun sagde 'far slog mor!' og jeg fik et chok");
    expect(sentenceOf(text, 'grinede')).toBe(' Hun grinede');
  });

  it('quotes the sentence around the words', () => {
    expect(quoteAround('Første. Han sagde "nej!". Sidste.', { start: 12, end: 17 })).toBe('Han sagde "nej!"');
  });
});
