/**
 * Every card variant in the catalogue (the cards behind `npm run cards`) shows its text as meant in
 * Teams' Markdown subset, and every input has a label (Teams reads it out and shows it above the field).
 */
import { cardCatalogue } from '../../../../src/cli/renderCards';
import {
  markdownInline,
  markdownList,
  markdownParagraphs,
} from '../../../../src/teams/cards/shared/markdown';
import { cardElements, teamsMarkdownProblems } from '../../../helpers/teamsMarkdown';

const catalogue = cardCatalogue();

describe('the Teams Markdown check', () => {
  it.each([
    ['raw HTML', 'Se <b>her</b>'],
    ['a list glued to a paragraph', 'Første skridt:\n- ring 112'],
    ['an indented list item', 'Tekst\n\n  - punkt'],
    ['prose lines split by one newline', 'Første linje\nanden linje'],
    ['prose after a list item with one newline', '- punkt\nfortsat tekst'],
    ['unbalanced bold', '**Ring 112 nu, hvis barnet er i fare'],
  ])('finds %s', (_what, text) => {
    expect(teamsMarkdownProblems(text)).not.toEqual([]);
  });

  it.each([
    ['paragraphs', 'Første linje\n\nanden linje'],
    ['a list after a blank line', 'Tekst\n\n- et\n- to'],
    ['a numbered list with bold', '1. **Ring 112 nu**, hvis barnet er i fare\n2. **Underret** i dag'],
    ['escaped HTML and stars', 'Skrev \\<b\\> og \\*\\*'],
  ])('passes %s', (_what, text) => {
    expect(teamsMarkdownProblems(text)).toEqual([]);
  });
});

describe('user text in Markdown', () => {
  const typed =
    '**fed** og _kursiv_ <i>html</i> [link](http://x)\n# overskrift\n- punkt\n8. klasse\n\n\n> citat';

  it('keeps every line a person typed as its own paragraph, and escapes all formatting', () => {
    const shown = markdownParagraphs(typed);
    expect(shown.split('\n\n')).toEqual([
      '\\*\\*fed\\*\\* og \\_kursiv\\_ \\<i\\>html\\</i\\> \\[link\\](http://x)',
      '\\# overskrift',
      '\\- punkt',
      '8\\. klasse',
      '\\> citat',
    ]);
    expect(teamsMarkdownProblems(shown)).toEqual([]);
  });

  it('puts a one-line field on one line, and lists items one per line', () => {
    expect(markdownInline('a\nb\r\n c')).toBe('a b c');
    expect(markdownInline('${x}')).not.toContain('${');
    const list = markdownList([markdownInline('- et'), markdownInline('to\ntre')], 'numbered');
    expect(list).toBe('1. \\- et\n2. to tre');
    expect(teamsMarkdownProblems(list)).toEqual([]);
  });
});

describe('every card variant', () => {
  const textBlocks = catalogue.flatMap((entry) =>
    cardElements(entry.card)
      .filter(({ element }) => element.type === 'TextBlock')
      .map(({ path, element }) => ({ card: entry.name, path, element })),
  );

  it('has text blocks to check', () => {
    expect(textBlocks.length).toBeGreaterThan(catalogue.length);
  });

  it('shows every TextBlock as meant in the Teams Markdown subset', () => {
    const problems = textBlocks.flatMap(({ card, path, element }) =>
      teamsMarkdownProblems(String(element.text)).map((problem) => `${card} ${path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('wraps every TextBlock that has more than one line', () => {
    const unwrapped = textBlocks
      .filter(({ element }) => String(element.text).includes('\n') && element.wrap !== true)
      .map(({ card, path }) => `${card} ${path}`);
    expect(unwrapped).toEqual([]);
  });

  it('gives every input a label', () => {
    const unlabelled = catalogue.flatMap((entry) =>
      cardElements(entry.card)
        .filter(({ element }) => String(element.type).startsWith('Input.'))
        .filter(({ element }) => typeof element.label !== 'string' || element.label.trim() === '')
        .map(({ path, element }) => `${entry.name} ${path} (${String(element.id)})`),
    );
    expect(unlabelled).toEqual([]);
  });
});
