import type { pathway as danish } from '../da/pathway';

/** English texts for the pathway capability (same shape as the Danish ones). */
export const pathway: typeof danish = {
  intake: {
    title: 'Concern about a child - find the right pathway',
    intro:
      'Briefly describe what you have seen or heard. Do not write names or CPR numbers - age or grade is enough.',
    ageOrGradeLabel: 'Age or grade',
    ageOrGradePlaceholder: 'e.g. 4 years, 2 1/2 years or grade 8',
    settingLabel: 'Where is the child?',
    settingPlaceholder: 'Choose a setting',
    settings: [
      { value: 'sundhedspleje', title: 'At home (health visitor)' },
      { value: 'dagpleje', title: 'Childminder (dagpleje)' },
      { value: 'vuggestue', title: 'Nursery (vuggestue)' },
      { value: 'børnehave', title: 'Kindergarten (børnehave)' },
      { value: 'skole', title: 'School' },
      { value: 'SFO', title: 'After-school care (SFO)' },
      { value: 'fritidsklub', title: 'Youth club' },
      { value: 'graviditet', title: 'Unborn child (pregnancy)' },
      { value: 'ukendt', title: 'Other or not sure' },
    ],
    observedLabel: 'What have you seen or heard?',
    observedPlaceholder:
      "Concrete observations - and the child's own words if the child has told you something",
    observedRequired: 'Write what you have seen or heard.',
    submit: 'Find pathway',
  },
  answer: {
    title: 'Suggested pathway',
    pathwayHeading: 'Suggested pathway',
    alsoConsider: (names: string) => `Also consider: ${names}`,
    reasonsHeading: 'What I based this on (your own words)',
    ruledOutPrefix: 'You ruled out',
    noReasons: 'The description gave no concrete signals. The suggestion is based on age, grade or setting.',
    stepsHeading: 'First steps',
    involveHeading: 'Who to involve',
    citationsHeading: "From the municipality's policy",
    lawHeading: 'Legal basis',
    openNotificationChannel: (name: string) => `Open ${name}`,
    doNow: {
      call112:
        "**Call 112 now** if the child is in danger. Outside office hours: the police on 114 and the municipality's social on-call service.",
      notifyToday: "**Notify in writing today** through the municipality's official channel - not in Teams.",
      dontTellParents: '**Say nothing to parents** who may be involved in violence or abuse.',
    },
    detailsButton: 'Reasons, all steps and legal basis',
    patternMatch:
      'This warning comes from a pattern in the words, not from a rule. Judge for yourself whether it fits the child.',
    /** One standing line when no warning was raised but the family is the concern. */
    standingDuty: (channel: string) =>
      `Remember: the duty to notify is personal. If you become worried about the child's safety, notify in writing through ${channel}.`,
    triage: {
      heading: 'Three quick questions',
      intro: (touched: string) =>
        `The description mentions ${touched}, but not enough for a warning. Tick what applies and I will assess again.`,
      introPattern:
        'The warning rests only on a pattern in the words. Tick what applies and I will assess again.',
      yes: 'Yes',
      submit: 'Assess again',
    },
    startThread: 'Start coordination thread',
    disclaimer:
      'The suggestion is guidance and does not replace your professional judgement. The description was not stored. I am not a notification channel.',
  },
  errors: {
    emptyDescription: 'Write what you have seen or heard - then I will suggest a pathway.',
  },
};
