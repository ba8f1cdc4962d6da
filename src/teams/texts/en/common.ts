import type { common as danish } from '../da/common';

export const common: typeof danish = {
  welcome: {
    personal:
      "Hi! I am the Children and Youth assistant of Herning Kommune. I answer questions from the municipality's policies with citations, suggest the right Herningmodel pathway for a concern about a child, and help with cross-professional coordination threads and knowledge sharing. Type **help** to see what I can do.",
    team: 'Hi everyone! I am the Children and Youth assistant. Mention me (@) with a policy question, or type **help**.',
    groupChat:
      'Hi! I am the Children and Youth assistant. Mention me (@) with a policy question, or type **help**.',
  },
  help: {
    title: 'What I can help with',
    intro: 'Ask a question in your own words, or use a command:',
    commands: [
      {
        command: '(your question)',
        description: "Answers from the municipality's policy documents, with citations.",
      },
      { command: 'forløb', description: 'Describe a concern about a child and get a Herningmodel pathway.' },
      {
        command: 'ny tråd',
        description: 'Start a cross-professional coordination thread without names or CPR numbers.',
      },
      {
        command: 'mine sager',
        description: 'See your open coordination threads and tasks (only in your 1:1 chat with me).',
      },
      { command: 'videndeling', description: 'Managers: share news or a practice with the right teams.' },
      {
        command: 'my questions',
        description: 'See the questions you passed on to a specialist that are still waiting for an answer.',
      },
      { command: 'help', description: 'Show this overview.' },
    ],
    privacy:
      'Never write CPR numbers or full names in chat. I am not a channel for notifications (underretninger): always notify in writing through the official channel.',
  },
  notAvailableYet: (feature: string) =>
    `The feature "${feature}" is not ready yet. It will come in a later version. Type **help** to see what you can use now.`,
  errors: {
    generic: 'Sorry, something went wrong on my side. Please try again shortly.',
    storageUnavailable:
      'I cannot reach my data store right now, so nothing was saved. Please try again in a few minutes.',
    emptyMessage: 'I received an empty message. Type your question, or type **help**.',
    messageTooLong: (max: number) => `The message is too long. Please write at most ${max} characters.`,
    cprRefused:
      'Your message seems to contain a CPR number. I have not processed or stored it. CPR numbers must not be shared in chat: use age or grade and a case reference instead.',
    unknownAction: 'I do not know that action. The card may be out of date. Please open it again.',
    invalidCardData: 'The card data was not valid, so nothing was changed. Please open the card again.',
    notPermitted: 'You are not allowed to do that. Nothing was changed.',
  },
};
