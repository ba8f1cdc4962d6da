/** Danish texts for the pathway capability (Herningmodel pathway guidance). */
export const pathway = {
  intake: {
    title: 'Bekymring for et barn - find det rette forløb',
    intro:
      'Beskriv kort, hvad du har set eller hørt. Skriv ikke navne eller CPR-numre - alder eller klassetrin er nok.',
    ageOrGradeLabel: 'Alder eller klassetrin',
    ageOrGradePlaceholder: 'fx 4 år, 2 1/2 år eller 8. klasse',
    settingLabel: 'Hvor er barnet?',
    settingPlaceholder: 'Vælg sted',
    settings: [
      { value: 'sundhedspleje', title: 'Hjemme (besøg af sundhedsplejen)' },
      { value: 'dagpleje', title: 'Dagpleje' },
      { value: 'vuggestue', title: 'Vuggestue' },
      { value: 'børnehave', title: 'Børnehave' },
      { value: 'skole', title: 'Skole' },
      { value: 'SFO', title: 'SFO' },
      { value: 'fritidsklub', title: 'Fritidsklub' },
      { value: 'graviditet', title: 'Ufødt barn (graviditet)' },
      { value: 'ukendt', title: 'Andet eller ved ikke' },
    ],
    observedLabel: 'Hvad har du set eller hørt?',
    observedPlaceholder: 'Konkrete iagttagelser - og barnets egne ord, hvis barnet har fortalt noget',
    observedRequired: 'Skriv, hvad du har set eller hørt.',
    submit: 'Find forløb',
  },
  answer: {
    title: 'Forslag til forløb',
    pathwayHeading: 'Foreslået forløb',
    alsoConsider: (names: string) => `Overvej også: ${names}`,
    reasonsHeading: 'Det lagde jeg vægt på (dine egne ord)',
    ruledOutPrefix: 'Du har udelukket',
    noReasons: 'Beskrivelsen gav ikke konkrete signaler. Forslaget bygger på alder, klassetrin eller sted.',
    stepsHeading: 'Første skridt',
    involveHeading: 'Hvem skal inddrages',
    citationsHeading: 'Fra kommunens politik',
    lawHeading: 'Lovgrundlag',
    openNotificationChannel: (name: string) => `Åbn ${name}`,
    /** The first lines of an acute or duty-to-notify answer (Teams Markdown: bold marks the action). */
    doNow: {
      call112:
        '**Ring 112 nu**, hvis barnet er i fare. Uden for kontortid: politiet på 114 og kommunens socialvagt.',
      notifyToday: '**Underret skriftligt i dag** ad kommunens officielle kanal - ikke i Teams.',
      dontTellParents: '**Sig intet til forældre**, der kan være involveret i vold eller overgreb.',
    },
    detailsButton: 'Begrundelse, alle skridt og lovgrundlag',
    /** Under the warning when the statistical model raised it, not a rule. */
    patternMatch:
      'Advarslen kommer fra et mønster i ordene, ikke fra en regel. Vurder selv, om den passer på barnet.',
    /** One standing line when no warning was raised but the family is the concern. */
    standingDuty: (channel: string) =>
      `Husk: pligten til at underrette er personlig. Bliver du bekymret for barnets sikkerhed, så underret skriftligt ad ${channel}.`,
    triage: {
      heading: 'Tre hurtige spørgsmål',
      intro: (touched: string) =>
        `Beskrivelsen nævner ${touched}, men ikke nok til en advarsel. Sæt kryds ved det, der passer, så vurderer jeg igen.`,
      introPattern:
        'Advarslen bygger kun på et mønster i ordene. Sæt kryds ved det, der passer, så vurderer jeg igen.',
      yes: 'Ja',
      submit: 'Vurder igen',
    },
    startThread: 'Start koordineringstråd',
    disclaimer:
      'Forslaget er vejledende og erstatter ikke din faglige vurdering. Beskrivelsen er ikke gemt. Jeg er ikke en underretningskanal.',
  },
  errors: {
    emptyDescription: 'Skriv, hvad du har set eller hørt - så foreslår jeg et forløb.',
  },
};
