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
    /** Who would know, by out-of-scope topic (config/synonyms.yaml, outOfScope). */
    pointers: {
      general: 'Spørg din nærmeste leder, som kan henvise dig videre.',
      holidays:
        'Ferie og fridage aftales med din leder; skolernes ferieplan står på skolens eller kommunens hjemmeside.',
      pay: 'Spørgsmål om løn og tillæg besvares af din leder eller Løn og Personale (HR).',
      leave:
        'Sygemelding, omsorgsdage og orlov klares efter din arbejdsplads’ retningslinjer: spørg din leder eller HR.',
      prices: 'Priser og forældrebetaling står på kommunens hjemmeside under Pladsanvisningen.',
      budget:
        'Budgettet hører under Børn og Unges økonomifunktion og byrådets budgetaftale på kommunens hjemmeside.',
      it: 'Kontakt IT-support (servicedesken) om adgang, udstyr og it-sikkerhed.',
      institution:
        'Den enkelte institutions åbningstider og kontaktoplysninger får du hos institutionen selv eller på dens hjemmeside.',
      familyAdvice:
        'Råd om at tale med et barn om skilsmisse og andre familieforhold får du hos PPR, sundhedsplejen eller familierådgivningen.',
      illness:
        'Hvornår et sygt barn skal blive hjemme, står i dagtilbuddets eller skolens egne retningslinjer; spørg lederen eller sundhedsplejen.',
      people: 'Navne på politikere og ledere står på kommunens hjemmeside.',
      otherMunicipality:
        'Jeg kender kun Herning Kommunes dokumenter. Spørg den anden kommune, eller se dens hjemmeside.',
      otherPolicy:
        'Den politik er ikke blandt de dokumenter, jeg kender. Spørg den forvaltning, der ejer den, eller se kommunens hjemmeside.',
      weather: 'Det hører ikke til kommunens politikker; se fx DMI.',
      food: 'Spørg din arbejdsplads om kantine og frokostordning.',
      pupilTransport:
        'Kørsel af elever, fx til et specialtilbud, bevilges af kommunens visitation og kørselskontor; spørg skolens kontor.',
      leisure:
        'Fritidstilbud som musikskole, billedskole og klubber hører under Kultur og Fritid; se kommunens hjemmeside.',
      transport: 'Spørg din arbejdsplads eller rådhusets reception om parkering og kørsel.',
      events: 'Arrangementer på arbejdspladsen aftales lokalt: spørg din leder.',
      complaints:
        'Klager over en afgørelse eller over en medarbejder følger reglerne i den afgørelse eller det brev, du har fået; spørg din leder eller kommunens borgerservice.',
      waitingTimes:
        'Ventetider oplyser den enkelte afdeling (fx PPR eller sundhedsplejen) selv; spørg dem direkte.',
      fines:
        'Spørgsmål om bøder og sanktioner, fx efter databeskyttelsesreglerne, besvarer kommunens databeskyttelsesrådgiver eller jurist.',
      training: 'Kurser og efteruddannelse aftales med din leder; kursuskalenderen ligger på intranettet.',
      casework:
        'Hvordan sagen behandles efter en underretning (undersøgelse, sagsbehandlingstid) og hvad politiet gør, står ikke i dokumenterne; spørg Børn og Unge-rådgivningen.',
      placeApplication: 'Plads i dagtilbud, SFO og skole søges hos Pladsanvisningen på kommunens hjemmeside.',
      statistics:
        'Tal og statistik står ikke i dokumenterne; se fx kommunens kvalitetsrapport eller Danmarks Statistik.',
      medication:
        'Medicin til et barn i skole, SFO eller dagtilbud gives efter stedets egne retningslinjer og en skriftlig aftale med forældrene; spørg din leder.',
      classSize:
        'Hvor mange elever en klasse må have, står ikke i dokumenterne; det følger folkeskoleloven og skolens ledelse, så spørg din skoleleder.',
      activityIdeas:
        'Ideer til lege og aktiviteter står ikke i dokumenterne; spørg dine kolleger, din pædagogiske leder eller PPR.',
      dataRetention:
        'Hvor længe notater og journaler gemmes, står ikke i dokumenterne; spørg din leder eller kommunens databeskyttelsesrådgiver.',
      employment:
        'Børneattest, afspadsering og andre ansættelsesforhold aftales med din leder og Løn og Personale (HR).',
      buildings:
        'Varme, reparationer og andet ved bygningen meldes til din leder, som kontakter kommunens ejendomsservice.',
      policyRevision: 'Hvornår en politik revideres, beslutter byrådet; spørg Børn og Unges sekretariat.',
    } as Readonly<Record<string, string>>,
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
