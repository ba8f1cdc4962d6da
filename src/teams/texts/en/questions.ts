import type { QuestionErrorCode } from '../../../domain/questions/ticket';
import { questions as da } from '../da/questions';

/**
 * English texts for what an asker sees. The ticket card and the review queue live in the knowledge
 * owners' Danish workflow and stay Danish.
 */
export const questions: typeof da = {
  ...da,
  escalate: {
    title: 'Ask a specialist',
    intro:
      "I can pass your question on to the municipality's knowledge owners. Only your professional role goes with it, not your name. You will get the answer here in this chat.",
    roleLabel: 'Your role',
    send: 'Pass the question on',
    sent: (reference: string) =>
      `Your question has been passed on to the knowledge owners (${reference}). You will get the answer here in this chat. Write "my questions" to see your open questions.`,
    nameWarning:
      'Your question seems to contain a name. Questions go to a channel where several people can read them, so please ask again without the name. Send it anyway?',
    sendAnyway: 'Send anyway',
  },
  answer: {
    intro: (role: string, date: string) =>
      `An answer to your question from a knowledge owner (${role}, ${date}):`,
    yourQuestion: 'Your question:',
    link: 'Read more:',
  },
  mine: {
    title: 'My questions',
    none: 'You have no open questions with the knowledge owners.',
  },
  invalidCard:
    'The card data could not be read, so nothing was changed. Please ask again or reopen the card.',
  errors: {
    ...da.errors,
    NOT_FOUND: 'I cannot find that question. The card may be too old: please ask again.',
    ALREADY_ESCALATED: 'This question has already been passed on. You will get the answer here in this chat.',
    CPR_IN_QUESTION:
      'The question contains a CPR number and is not passed on. Please ask again without it, e.g. with an age or a school year.',
    EMPTY_QUESTION: 'There is no question to pass on.',
    UNKNOWN_ROLE: 'Choose your role from the list before you send the question.',
    NO_QUESTIONS_CHANNEL:
      'No channel has been set up for questions yet, so I cannot pass it on. Please ask your manager.',
    ONE_TO_ONE_ONLY: 'That can only be done in your 1:1 chat with the bot.',
  } as Record<QuestionErrorCode, string>,
};
