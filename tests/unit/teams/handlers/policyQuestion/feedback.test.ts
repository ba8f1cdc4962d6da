import { createAnsweredQuestions, parseFeedbackLoop } from '@src/teams/handlers/policyQuestion/feedback';

describe('remembered answers for a thumbs-down', () => {
  it('recalls the question a message answered, and nothing for an unknown or missing id', () => {
    const answered = createAnsweredQuestions();
    answered.remember('msg-1', { question: 'hvad er tavshedspligt', language: 'da', containedCpr: false });
    expect(answered.recall('msg-1')).toEqual({
      question: 'hvad er tavshedspligt',
      language: 'da',
      containedCpr: false,
    });
    expect(answered.recall('msg-2')).toBeUndefined();
    expect(answered.recall(undefined)).toBeUndefined();
  });

  it('forgets the oldest answer once a thousand are remembered', () => {
    const answered = createAnsweredQuestions();
    for (let i = 0; i <= 1000; i++) {
      answered.remember(`msg-${i}`, { question: `spørgsmål ${i}`, language: 'da', containedCpr: false });
    }
    expect(answered.recall('msg-0')).toBeUndefined();
    expect(answered.recall('msg-1')?.question).toBe('spørgsmål 1');
    expect(answered.recall('msg-1000')?.question).toBe('spørgsmål 1000');
  });
});

describe('Teams feedback form', () => {
  it('reads the comment from the JSON string Teams sends, or takes plain text as it is', () => {
    expect(
      parseFeedbackLoop({
        actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"forkert afsnit"}' },
      }),
    ).toEqual({ reaction: 'dislike', comment: 'forkert afsnit' });
    expect(parseFeedbackLoop({ actionValue: { reaction: 'like', feedback: 'fint' } })).toEqual({
      reaction: 'like',
      comment: 'fint',
    });
    expect(parseFeedbackLoop({ actionValue: { reaction: 'meh', feedback: 'x' } }).reaction).toBeUndefined();
  });
});
