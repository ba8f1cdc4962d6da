import { looksLikeFullName } from '../../../../src/domain/questions/fullName';
import { groupBySimilarity, questionKey } from '../../../../src/domain/questions/similarity';
import {
  answerTicket,
  assignTicket,
  closeTicket,
  QuestionRuleError,
  validateAnswer,
} from '../../../../src/domain/questions/ticket';
import { sampleTicket } from '../../../../src/cli/questionCardsCatalogue';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof QuestionRuleError) return error.code;
    throw error;
  }
  return undefined;
}

describe('looksLikeFullName', () => {
  it.each([
    'Hvad gør jeg med Peter Hansen i 3.b?',
    'Må jeg dele en bekymring om Anne-Sofie Nielsen med PPR?',
    'Hvordan støtter vi eleven Mads Emil Jensen',
  ])('warns about %s', (text) => expect(looksLikeFullName(text)).toBe(true));

  it.each([
    'Hvordan bestiller jeg en tolk?',
    'Hvad siger Herning Kommune om Barnets Lov?',
    'Peter har svært ved at sidde stille',
    'Hvad er Herningmodellen? Kan PPR hjælpe?',
    'Hvad er Herningmodel Social?',
  ])('does not warn about %s', (text) => expect(looksLikeFullName(text)).toBe(false));
});

describe('groupBySimilarity', () => {
  it('groups the same question in other words and puts the largest group first', () => {
    const questions = [
      'Hvordan indberetter jeg en arbejdsskade?',
      'Hvordan bestiller jeg en tolk til forældresamtale?',
      'hvordan bestiller man tolk til en forældresamtale',
      'Bestille tolk forældresamtale',
    ];
    const groups = groupBySimilarity(questions, (q) => q);
    expect(groups.map((g) => g.items.length)).toEqual([3, 1]);
    expect(groups[0]!.representative).toBe(questions[1]);
  });

  it('gives the same key regardless of case and word order', () => {
    expect(questionKey('Tolk til forældresamtale?')).toBe(questionKey('forældresamtale TOLK'));
    expect(questionKey('Tolk til forældresamtale?')).not.toBe(questionKey('Tolk til skolefoto'));
  });
});

describe('ticket states', () => {
  const answer = { text: 'Svar.', byRole: 'Skoleleder', at: '2026-11-24T10:00:00.000Z' };

  it('records who (role) and when on each step: new -> assigned -> answered -> closed', () => {
    const assigned = assignTicket(sampleTicket(), 'PPR-leder', '2026-11-24T09:30:00.000Z');
    const answered = answerTicket(assigned, answer);
    const closed = closeTicket(answered, 'Skoleleder', '2026-11-24T11:00:00.000Z');
    expect(closed.events.map((e) => [e.status, e.byRole])).toEqual([
      ['new', 'Lærer'],
      ['assigned', 'PPR-leder'],
      ['answered', 'Skoleleder'],
      ['closed', 'Skoleleder'],
    ]);
    expect(closed.version).toBe(4);
    expect(closed.answer?.text).toBe('Svar.');
  });

  it('refuses to answer a closed or answered ticket, and to assign or close a closed one', () => {
    const closed = closeTicket(sampleTicket(), 'Skoleleder', '2026-11-24T09:30:00.000Z');
    expect(codeOf(() => answerTicket(closed, answer))).toBe('TICKET_CLOSED');
    expect(codeOf(() => assignTicket(closed, 'Skoleleder', answer.at))).toBe('TICKET_CLOSED');
    expect(codeOf(() => closeTicket(closed, 'Skoleleder', answer.at))).toBe('TICKET_CLOSED');
    expect(codeOf(() => answerTicket(answerTicket(sampleTicket(), answer), answer))).toBe('ALREADY_ANSWERED');
  });
});

describe('validateAnswer', () => {
  it('trims a good answer and keeps an https link', () => {
    expect(
      validateAnswer({ answer: '  Svar.  ', link: ' https://www.herning.dk/a ', addToKnowledge: true }),
    ).toEqual({
      answer: 'Svar.',
      link: 'https://www.herning.dk/a',
      addToKnowledge: true,
    });
  });

  it.each([
    [{ answer: ' \n ' }, 'EMPTY_ANSWER'],
    [{ answer: 'x'.repeat(4001) }, 'ANSWER_TOO_LONG'],
    [{ answer: 'Ring til 0102031234' }, 'CPR_IN_ANSWER'],
    [{ answer: 'Svar.', link: 'https://x.dk/?cpr=010203-1234' }, 'CPR_IN_ANSWER'],
    [{ answer: 'Svar.', link: 'http://www.herning.dk/' }, 'INVALID_LINK'],
    [{ answer: 'Svar.', link: 'javascript:alert(1)' }, 'INVALID_LINK'],
  ])('refuses %j with %s', (input, code) => {
    expect(codeOf(() => validateAnswer({ addToKnowledge: false, ...input }))).toBe(code);
  });
});
