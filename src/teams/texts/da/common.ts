/** Danish texts shared by every capability: welcome, help, errors, input limits. */
export const common = {
  welcome: {
    personal:
      'Hej! Jeg er Børn og Unge-assistenten i Herning Kommune. Jeg svarer på spørgsmål ud fra kommunens politikker med kildehenvisninger, foreslår det rette Herningmodel-forløb ved en bekymring for et barn, og hjælper med tværfaglige koordineringstråde og videndeling. Skriv **hjælp** for at se, hvad jeg kan.',
    team: 'Hej alle sammen! Jeg er Børn og Unge-assistenten. Nævn mig (@) med et spørgsmål om kommunens politikker, eller skriv **hjælp** for at se, hvad jeg kan.',
    groupChat:
      'Hej! Jeg er Børn og Unge-assistenten. Nævn mig (@) med et spørgsmål om kommunens politikker, eller skriv **hjælp** for at se, hvad jeg kan i denne chat.',
  },
  help: {
    title: 'Det kan jeg hjælpe med',
    intro: 'Skriv et spørgsmål med dine egne ord, eller brug en af kommandoerne:',
    commands: [
      {
        command: '(dit spørgsmål)',
        description: 'Svar fra kommunens politikdokumenter med kildehenvisning.',
      },
      {
        command: 'forløb',
        description: 'Beskriv en bekymring for et barn og få forslag til Herningmodel-forløb.',
      },
      { command: 'ny tråd', description: 'Start en tværfaglig koordineringstråd uden navne og CPR-numre.' },
      {
        command: 'mine sager',
        description: 'Se dine åbne koordineringstråde og opgaver (kun i din 1:1-chat med mig).',
      },
      { command: 'videndeling', description: 'Ledere: del en nyhed eller praksis med de rette teams.' },
      {
        command: 'mine spørgsmål',
        description: 'Se de spørgsmål, du har sendt videre til en fagperson, og som venter på svar.',
      },
      { command: 'hjælp', description: 'Vis denne oversigt.' },
    ],
    privacy:
      'Skriv aldrig CPR-numre eller fulde navne i chatten. Jeg er ikke en underretningskanal: en underretning skal altid sendes skriftligt ad kommunens officielle vej.',
  },
  notAvailableYet: (feature: string) =>
    `Funktionen "${feature}" er ikke klar endnu. Den kommer i en senere version. Skriv **hjælp** for at se, hvad du kan bruge nu.`,
  errors: {
    generic:
      'Beklager, der gik noget galt hos mig. Prøv igen om lidt. Hvis fejlen bliver ved, så kontakt din lokale IT-superbruger.',
    storageUnavailable:
      'Jeg kan ikke nå mit datalager lige nu, så intet er gemt. Prøv igen om et par minutter.',
    emptyMessage: 'Jeg modtog en tom besked. Skriv dit spørgsmål, eller skriv **hjælp**.',
    messageTooLong: (max: number) =>
      `Beskeden er for lang. Skriv højst ${max} tegn, og del den gerne op i flere spørgsmål.`,
    cprRefused:
      'Din besked ser ud til at indeholde et CPR-nummer. Jeg har ikke behandlet eller gemt den. CPR-numre må ikke deles i chatten (CPR-loven): skriv i stedet alder eller klassetrin og et sagsnummer.',
    unknownAction: 'Den handling kender jeg ikke. Kortet kan være forældet. Prøv at åbne det igen.',
    invalidCardData: 'Kortets data var ikke gyldige, så intet er ændret. Prøv at åbne kortet igen.',
    notPermitted: 'Du har ikke adgang til at gøre det. Intet er ændret.',
  },
};
