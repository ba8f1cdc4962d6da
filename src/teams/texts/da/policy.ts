/** Danish texts for the policy capability: answers, abstention, feedback and the search command. */
export const policy = {
  answer: {
    /** Shown above the quoted answer. */
    intro: 'Det siger kommunens dokumenter:',
    /** Shown above an answer written by the language model from the quoted passages. */
    introAiGenerated: 'Svar skrevet ud fra kommunens dokumenter (tjek gerne kilderne):',
    followUpsLine: (topics: readonly string[]) => `Du kan også spørge om: ${topics.join(' · ')}`,
  },
  noAnswer: {
    noMatch:
      'Det kan jeg ikke svare på ud fra kommunens dokumenter. Jeg gætter ikke, så spørg gerne din leder eller den relevante fagperson.',
    outOfScope:
      'Det spørgsmål ligger uden for de dokumenter, jeg kender. Jeg svarer kun ud fra kommunens politikker og strategier for børn og unge.',
    closestTopics: 'De emner i dokumenterne, der ligger tættest på:',
    rephrase: 'Prøv eventuelt at spørge med andre ord.',
  },
  input: {
    empty: 'Skriv dit spørgsmål med almindelige ord, fx "Hvad er Herningmodellen?"',
    noWords:
      'Jeg kunne ikke finde nogen ord at søge på i din besked. Skriv dit spørgsmål med almindelige ord, fx "Hvilke temaer har børne- og ungepolitikken?"',
    tooLong: (max: number) =>
      `Dit spørgsmål er for langt til mig. Skriv det kortere (højst ${max} tegn), eller del det op i flere spørgsmål.`,
  },
  cprReminder:
    'Husk: CPR-numre må ikke deles i chatten. Jeg har fjernet nummeret og hverken brugt eller gemt det. Slet gerne din besked, og skriv i stedet alder eller klassetrin.',
  failure: 'Jeg kunne ikke slå svaret op lige nu. Prøv igen om lidt.',
  feedback: {
    cardTitle: 'Var svaret nyttigt?',
    helpful: 'Ja, nyttigt',
    notHelpful: 'Nej, ikke nyttigt',
    commentLabel: 'Kommentar (valgfri, skriv ingen navne eller CPR-numre)',
    commentPlaceholder: 'Hvad manglede eller var godt?',
    thanks: 'Tak for din tilbagemelding. Den hjælper os med at forbedre svarene.',
    notStored: 'Din tilbagemelding kunne ikke gemmes lige nu. Prøv igen om lidt.',
  },
  search: {
    /** Shown in the message extension when the search box is empty and nothing could be suggested. */
    hint: 'Skriv et emne, fx "Herningmodellen" eller "forældresamarbejde".',
    noResults: 'Ingen afsnit i dokumenterne matcher søgningen. Prøv et andet ord.',
    /** Topics offered when the search box is empty. */
    starterQueries: [
      'Børne- og Ungepolitikken',
      'Meningsfulde Fællesskaber',
      'Herningmodellen Børn og Unge',
      'Herningmodel Social',
      'Herningmodel Dagtilbud',
      'Herningmodel Skolestart',
      'Herningmodel Skole',
      'Børne- og Ungesyn',
    ],
    sectionLabel: 'Afsnit',
    sourceLabel: 'Kilde',
    openSource: 'Åbn kilden',
    citedFrom: 'Citat fra kommunens dokumenter',
  },
};
